class Solution {
    public int[][] levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        visit(root, 0, levels);
        int[][] result = new int[levels.size()][];
        for (int i = 0; i < result.length; i++) result[i] = levels.get(i).stream().mapToInt(Integer::intValue).toArray();
        return result;
    }

    private void visit(TreeNode node, int depth, List<List<Integer>> levels) {
        if (node == null) return;
        if (levels.size() == depth) levels.add(new ArrayList<>());
        levels.get(depth).add(node.val);
        visit(node.left, depth + 1, levels);
        visit(node.right, depth + 1, levels);
    }
}
