# Tries every assignment of runners to teams (only refusing to overfill a team): no symmetry breaking.
class Solution:
    def canFormTeams(self, times: List[int], teams: int) -> bool:
        n = len(times)
        if n % teams or sum(times) % teams:
            return False
        size = n // teams
        sizes, sums = [0] * teams, [0] * teams

        def place(i: int) -> bool:
            if i == n:
                return len(set(sums)) == 1
            for j in range(teams):
                if sizes[j] < size:
                    sizes[j] += 1
                    sums[j] += times[i]
                    if place(i + 1):
                        return True
                    sizes[j] -= 1
                    sums[j] -= times[i]
            return False

        return place(0)
