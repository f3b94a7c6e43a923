class Solution {
    public int widestSpacing(int[] posts, int boxes) {
        int[] q = posts.clone();
        Arrays.sort(q);
        // first distance that does NOT fit, searched in [1, span + 1]
        int lo = 1, hi = q[q.length - 1] - q[0] + 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (fits(q, boxes, mid)) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    private static boolean fits(int[] q, int boxes, int d) {
        int count = 1, last = q[0];
        for (int x : q) {
            if (x - last >= d) {
                count++;
                last = x;
            }
        }
        return count >= boxes;
    }
}
