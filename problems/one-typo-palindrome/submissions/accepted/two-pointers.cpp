class Solution {
    static bool mirrored(const string& s, int i, int j) {
        for (; i < j; i++, j--)
            if (s[i] != s[j]) return false;
        return true;
    }

public:
    bool isOneTypoPalindrome(string banner) {
        int i = 0, j = (int)banner.size() - 1;
        while (i < j && banner[i] == banner[j]) i++, j--;
        return i >= j || mirrored(banner, i + 1, j) || mirrored(banner, i, j - 1);
    }
};
