class Solution {
    public int[] windowSwings(int[] readings, int width) {
        int n = readings.length;
        // deques as arrays with head and tail indices: each index enters once
        int[] high = new int[n], low = new int[n];
        int hh = 0, ht = 0, lh = 0, lt = 0;
        int[] swings = new int[n - width + 1];
        for (int i = 0; i < n; i++) {
            while (ht > hh && readings[high[ht - 1]] <= readings[i]) ht--;
            while (lt > lh && readings[low[lt - 1]] >= readings[i]) lt--;
            high[ht++] = i;
            low[lt++] = i;
            if (high[hh] <= i - width) hh++;
            if (low[lh] <= i - width) lh++;
            if (i >= width - 1) swings[i - width + 1] = readings[high[hh]] - readings[low[lh]];
        }
        return swings;
    }
}
