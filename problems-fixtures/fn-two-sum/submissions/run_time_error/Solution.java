// Crashes: reads past the end of the array on every test.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int[] answer = new int[2];
        for (int i = 0; i <= nums.length; i++) answer[0] += nums[i];
        return answer;
    }
}
