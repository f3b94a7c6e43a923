#include <iostream>

#include "limits.h"

int main() {
    long long a, b;
    if (!(std::cin >> a >> b) || a < 0 || b < 0 || a > MAX_VALUE || b > MAX_VALUE) return 43;
    std::string extra;
    return std::cin >> extra ? 43 : 42;
}
