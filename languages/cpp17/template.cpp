#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    // Read the input with cin, e.g.:
    //   long long n;
    //   cin >> n;

    // Write the answer with cout ('\n' rather than endl, which flushes every line).
    return 0;
}
