class Solution {
    public long countMirrorPairs(String[] words) {
        Map<String, Integer> seen = new HashMap<>();
        long pairs = 0;
        for (String word : words) {
            pairs += seen.getOrDefault(new StringBuilder(word).reverse().toString(), 0);
            seen.merge(word, 1, Integer::sum);
        }
        return pairs;
    }
}
