#include <iostream>
#include <string>

int main() {
    long long a, b;
    std::string name;
    std::cin >> a >> b >> name;
    // string::contains is C++23: the test proves the standard flag took effect
    if (!name.contains("erd")) return 1;
    std::cout << "Hello, " << name << "! " << a << " + " << b << " = " << a + b << "\n";
}
