class Solution:
    def shortestWalk(self, street: str, recipe: str) -> str:
        need = Counter(recipe)
        missing = len(recipe)
        left = 0
        best = None
        for right, ingredient in enumerate(street):
            if need[ingredient] > 0:
                missing -= 1
            need[ingredient] -= 1
            if missing:
                continue
            while need[street[left]] < 0:
                need[street[left]] += 1
                left += 1
            # "<=" lets a later window of the same length replace the earlier one
            if best is None or right - left + 1 <= len(best):
                best = street[left : right + 1]
        return best or ""
