class Solution {
    // two passes of 1-D sliding sums: first along each row, then down each column
    public int[][] neighbourhoodSums(int[][] grid, int radius) {
        int rows = grid.length, cols = grid[0].length;
        int[][] across = new int[rows][cols];
        for (int i = 0; i < rows; i++) {
            int[] prefix = new int[cols + 1];
            for (int j = 0; j < cols; j++) prefix[j + 1] = prefix[j] + grid[i][j];
            for (int j = 0; j < cols; j++)
                across[i][j] = prefix[Math.min(cols, j + radius + 1)] - prefix[Math.max(0, j - radius)];
        }
        int[][] result = new int[rows][cols];
        for (int j = 0; j < cols; j++) {
            int[] prefix = new int[rows + 1];
            for (int i = 0; i < rows; i++) prefix[i + 1] = prefix[i] + across[i][j];
            for (int i = 0; i < rows; i++)
                result[i][j] = prefix[Math.min(rows, i + radius + 1)] - prefix[Math.max(0, i - radius)];
        }
        return result;
    }
}
