class Solution {
    public int longestNesting(int[][] boxes) {
        int n = boxes.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long s = Math.min(boxes[i][0], boxes[i][1]);
            long l = Math.max(boxes[i][0], boxes[i][1]);
            // one sortable key: short side ascending, then long side descending
            keys[i] = s * 2_000_000_000L + (1_000_000_000L - l);
        }
        Arrays.sort(keys);
        int[] tails = new int[n];
        int size = 0;
        for (long key : keys) {
            int l = (int) (1_000_000_000L - key % 2_000_000_000L);
            int lo = 0, hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < l) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = l;
            if (lo == size) size++;
        }
        return size;
    }
}
