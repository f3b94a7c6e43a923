class Solution:
    def shortestWalk(self, street: str, recipe: str) -> str:
        # correct, but restarts the count at every stall: O(n^2)
        n = len(street)
        best = None
        for start in range(n):
            need = Counter(recipe)
            missing = len(recipe)
            for end in range(start, n):
                if best is not None and end - start + 1 >= len(best):
                    break
                if need[street[end]] > 0:
                    missing -= 1
                need[street[end]] -= 1
                if missing == 0:
                    best = street[start : end + 1]
                    break
        return best or ""
