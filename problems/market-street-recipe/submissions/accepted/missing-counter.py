class Solution:
    def shortestWalk(self, street: str, recipe: str) -> str:
        need = Counter(recipe)
        missing = len(recipe)
        left = 0
        best_start, best_length = 0, len(street) + 1
        for right, ingredient in enumerate(street):
            if need[ingredient] > 0:
                missing -= 1
            need[ingredient] -= 1
            if missing:
                continue
            while need[street[left]] < 0:
                need[street[left]] += 1
                left += 1
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
        return "" if best_length > len(street) else street[best_start : best_start + best_length]
