class Solution {
    public double warmestAverage(int[] readings, int days) {
        long window = 0;
        for (int i = 0; i < days; i++) window += readings[i];
        long best = window;
        for (int i = days; i < readings.length; i++) {
            window += readings[i] - readings[i - days];
            best = Math.max(best, window);
        }
        return (double) best / days;
    }
}
