class Solution:
    def typedText(self, keys: str) -> str:
        stack = []
        for key in keys:
            if key == "<":
                if stack:
                    stack.pop()
            elif key == "!":
                while stack and stack[-1] == " ":
                    stack.pop()
                while stack and stack[-1] != " ":
                    stack.pop()
            else:
                stack.append(key)
        return "".join(stack)
