class Solution:
    def typedText(self, keys: str) -> str:
        # correct, but every erasing key copies the whole list of characters: O(n^2)
        text = []
        for key in keys:
            if key == "<":
                text = text[:-1]
            elif key == "!":
                end = len(text)
                while end > 0 and text[end - 1] == " ":
                    end -= 1
                while end > 0 and text[end - 1] != " ":
                    end -= 1
                text = text[:end]
            else:
                text.append(key)
        return "".join(text)
