class Solution {
public:
    long long paintedHouses(long long n, long long a, long long b) {
        long long step = a / std::gcd(a, b);
        // the lcm step * b is above n exactly when step > n / b; then nobody shares a house
        long long both = step > n / b ? 0 : n / (step * b);
        return n / a + n / b - both;
    }
};
