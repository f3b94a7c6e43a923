class Solution {
    public int maxErrands(int[] durations, long freeMinutes) {
        int[] sorted = durations.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int d : sorted) {
            if (d > freeMinutes) break;
            freeMinutes -= d;
            count++;
        }
        return count;
    }
}
