// Too slow: loops forever on one secret test (03-extremes); the others pass. The judge must
// report that test as the TLE one, the tests before it as accepted.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        volatile bool forever = nums[0] == -1000000000;
        while (forever) {}
        for (int i = 0; i < (int)nums.size(); i++)
            for (int j = i + 1; j < (int)nums.size(); j++)
                if (nums[i] + nums[j] == target) return {i, j};
        return {};
    }
};
