class Solution {
    public int[] recordStreaks(int[] levels) {
        int n = levels.length;
        int[] streaks = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && levels[stack[top - 1]] <= levels[i]) top--;
            streaks[i] = top == 0 ? i + 1 : i - stack[top - 1];
            stack[top++] = i;
        }
        return streaks;
    }
}
