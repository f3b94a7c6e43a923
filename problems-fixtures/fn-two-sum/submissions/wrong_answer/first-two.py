# Wrong: returns the first two indices whatever the target (passes the sample only).
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [0, 1]
