class Solution {
    public long minTotalWalk(int[] homes) {
        int[] s = homes.clone();
        Arrays.sort(s);
        // the two pointers pair the i-th smallest with the i-th largest: each pair walks their gap
        long total = 0;
        for (int i = 0, j = s.length - 1; i < j; i++, j--) total += (long) s[j] - s[i];
        return total;
    }
}
