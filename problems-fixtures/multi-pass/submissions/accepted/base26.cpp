#include <iostream>
#include <string>

int main() {
    std::string mode;
    std::cin >> mode;
    if (mode == "encode") {
        long long n;
        std::cin >> n;
        std::string word;
        do {
            word.insert(word.begin(), char('a' + n % 26));
            n /= 26;
        } while (n > 0);
        std::cout << word << "\n";
    } else {
        std::string word;
        std::cin >> word;
        long long n = 0;
        for (char c : word) n = n * 26 + (c - 'a');
        std::cout << n << "\n";
    }
}
