class Solution {
    public String shortestWalk(String street, String recipe) {
        int[] need = new int[128];
        for (char c : recipe.toCharArray()) need[c]++;
        int missing = recipe.length(), left = 0, bestStart = 0, bestLength = Integer.MAX_VALUE;
        for (int right = 0; right < street.length(); right++) {
            if (need[street.charAt(right)]-- > 0) missing--;
            if (missing > 0) continue;
            while (need[street.charAt(left)] < 0) need[street.charAt(left++)]++;
            if (right - left + 1 < bestLength) {
                bestStart = left;
                bestLength = right - left + 1;
            }
        }
        return bestLength == Integer.MAX_VALUE ? "" : street.substring(bestStart, bestStart + bestLength);
    }
}
