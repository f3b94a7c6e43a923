#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main() {
    std::string line;
    std::getline(std::cin, line);
    int t = std::stoi(line);
    while (t-- > 0 && std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::vector<std::string> all;
        for (std::string word; words >> word;) all.push_back(word);
        for (size_t i = all.size(); i-- > 0;) std::cout << all[i] << (i > 0 ? " " : "\n");
    }
}
