class Solution:
    def typedText(self, keys: str) -> str:
        # "!" erases letters back to the last space but forgets the trailing spaces first
        stack = []
        for key in keys:
            if key == "<":
                if stack:
                    stack.pop()
            elif key == "!":
                while stack and stack[-1] != " ":
                    stack.pop()
            else:
                stack.append(key)
        return "".join(stack)
