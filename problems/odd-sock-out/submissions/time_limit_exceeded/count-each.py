# Counts every sock's partners by scanning the whole pile: O(n^2).
class Solution:
    def loneSock(self, socks: List[int]) -> int:
        for x in socks:
            same = 0
            for y in socks:
                if y == x:
                    same += 1
            if same == 1:
                return x
        return 0
