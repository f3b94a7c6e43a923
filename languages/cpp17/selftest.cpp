#include <iostream>
#include <optional>
#include <string>

int main() {
    long long a, b;
    std::string name;
    std::cin >> a >> b >> name;
    // std::optional needs C++17: the test proves the standard flag took effect
    std::optional<long long> sum = a + b;
    std::cout << "Hello, " << name << "! " << a << " + " << b << " = " << *sum << "\n";
}
