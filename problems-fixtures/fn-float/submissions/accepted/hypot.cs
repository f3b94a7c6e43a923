public class Solution {
    public double MeanDistance(double[][] points) {
        double total = 0;
        foreach (var point in points) total += Math.Sqrt(point[0] * point[0] + point[1] * point[1]);
        return total / points.Length;
    }
}
