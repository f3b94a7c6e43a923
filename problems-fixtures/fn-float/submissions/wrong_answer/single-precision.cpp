// Wrong: float instead of double; huge coordinates lose far more than 1e-6 (relative).
class Solution {
public:
    double meanDistance(vector<vector<double>>& points) {
        float total = 0;
        for (auto& p : points) total += sqrtf((float)p[0] * (float)p[0] + (float)p[1] * (float)p[1]);
        return total / points.size();
    }
};
