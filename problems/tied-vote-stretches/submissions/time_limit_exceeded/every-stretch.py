class Solution:
    def countTiedStretches(self, votes: str) -> int:
        # correct, but tries every start with a running balance: O(n^2)
        tied = 0
        n = len(votes)
        for i in range(n):
            balance = 0
            for j in range(i, n):
                if votes[j] == "y":
                    balance += 1
                elif votes[j] == "n":
                    balance -= 1
                if balance == 0:
                    tied += 1
        return tied
