class Solution {
    public long countTiedStretches(String votes) {
        Map<Integer, Integer> seen = new HashMap<>();
        seen.put(0, 1);
        int prefix = 0;
        long tied = 0;
        for (int i = 0; i < votes.length(); i++) {
            char vote = votes.charAt(i);
            if (vote == 'y') prefix++;
            else if (vote == 'n') prefix--;
            int before = seen.getOrDefault(prefix, 0);
            tied += before;
            seen.put(prefix, before + 1);
        }
        return tied;
    }
}
