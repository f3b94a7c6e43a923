#include <iostream>
#include <numeric>
#include <ranges>
#include <string>
#include <vector>

int main() {
    long long a, b;
    std::string name;
    std::cin >> a >> b >> name;
    std::vector<long long> values{a, b};
    // ranges and starts_with need C++20: the test proves the standard flag took effect
    auto positive = values | std::views::filter([](long long v) { return v >= 0; });
    long long sum = std::accumulate(positive.begin(), positive.end(), 0LL);
    if (!name.starts_with("V")) return 1;
    std::cout << "Hello, " << name << "! " << a << " + " << b << " = " << sum << "\n";
}
