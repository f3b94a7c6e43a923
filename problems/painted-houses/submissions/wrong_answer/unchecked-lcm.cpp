// Divides before multiplying, but the lcm itself can still overflow 64 bits.
class Solution {
public:
    long long paintedHouses(long long n, long long a, long long b) {
        unsigned long long lcm = (unsigned long long)(a / std::gcd(a, b)) * (unsigned long long)b;
        return n / a + n / b - (long long)(n / lcm);
    }
};
