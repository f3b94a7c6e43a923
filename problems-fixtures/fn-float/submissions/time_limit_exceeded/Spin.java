// Too slow: spins forever on the three-point tests.
class Solution {
    public double meanDistance(double[][] points) {
        while (points.length == 3) Thread.onSpinWait();
        double total = 0;
        for (double[] p : points) total += Math.hypot(p[0], p[1]);
        return total / points.length;
    }
}
