class Solution {
public:
    string typedText(string keys) {
        string text;
        for (char key : keys) {
            if (key == '<') {
                if (!text.empty()) text.pop_back();
            } else if (key == '!') {
                while (!text.empty() && text.back() == ' ') text.pop_back();
                while (!text.empty() && text.back() != ' ') text.pop_back();
            } else {
                text.push_back(key);
            }
        }
        return text;
    }
};
