class Solution {
    public long smallestFloat(int[] changes) {
        long till = 0;
        long lowest = 0;
        for (int change : changes) {
            till += change;
            lowest = Math.min(lowest, till);
        }
        return -lowest;
    }
}
