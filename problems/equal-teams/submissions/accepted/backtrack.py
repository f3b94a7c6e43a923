class Solution:
    def canFormTeams(self, times: List[int], teams: int) -> bool:
        n, total = len(times), sum(times)
        if n % teams or total % teams:
            return False
        size, target = n // teams, total // teams
        order = sorted(times, reverse=True)
        if order[0] > target:
            return False
        used = [False] * n

        def fill(done: int, count: int, current: int, start: int) -> bool:
            if count == size:
                if current != target:
                    return False
                return done + 1 == teams or fill(done + 1, 0, 0, 0)
            tried = None
            for i in range(start, n):
                t = order[i]
                if used[i] or t == tried or current + t > target:
                    continue
                used[i] = True
                ok = fill(done, count + 1, current + t, i + 1)
                used[i] = False
                if ok:
                    return True
                tried = t
                if count == 0:
                    # a new team starts with the first free runner; if that failed, nothing will
                    return False
            return False

        return fill(0, 0, 0, 0)
