# Largest runner first, into the lightest team that still has room: fast, but not always right.
class Solution:
    def canFormTeams(self, times: List[int], teams: int) -> bool:
        n = len(times)
        if n % teams or sum(times) % teams:
            return False
        size = n // teams
        sizes, sums = [0] * teams, [0] * teams
        for t in sorted(times, reverse=True):
            team = min((j for j in range(teams) if sizes[j] < size), key=lambda j: sums[j])
            sizes[team] += 1
            sums[team] += t
        return len(set(sums)) == 1
