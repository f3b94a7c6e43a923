import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class Solution {
    public int[] closestAncestors(TreeNode root, int[][] queries) {
        List<TreeNode> nodes = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        nodes.add(root);
        parents.add(0);
        depths.add(0);
        index.put(root.val, 0);
        for (int i = 0; i < nodes.size(); i++) {
            for (TreeNode child : new TreeNode[] {nodes.get(i).left, nodes.get(i).right}) {
                if (child == null) continue;
                index.put(child.val, nodes.size());
                nodes.add(child);
                parents.add(i);
                depths.add(depths.get(i) + 1);
            }
        }
        int n = nodes.size();
        int levels = 1;
        while ((1 << levels) < n) levels++;
        int[][] up = new int[levels][n];
        int[] depth = new int[n];
        for (int v = 0; v < n; v++) {
            up[0][v] = parents.get(v);
            depth[v] = depths.get(v);
        }
        for (int j = 1; j < levels; j++)
            for (int v = 0; v < n; v++) up[j][v] = up[j - 1][up[j - 1][v]];
        int[] answers = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int a = index.get(queries[i][0]);
            int b = index.get(queries[i][1]);
            if (depth[a] < depth[b]) {
                int t = a;
                a = b;
                b = t;
            }
            int diff = depth[a] - depth[b];
            for (int j = 0; diff > 0; j++, diff >>= 1)
                if ((diff & 1) == 1) a = up[j][a];
            if (a != b) {
                for (int j = levels - 1; j >= 0; j--) {
                    if (up[j][a] != up[j][b]) {
                        a = up[j][a];
                        b = up[j][b];
                    }
                }
                a = up[0][a];
            }
            answers[i] = nodes.get(a).val;
        }
        return answers;
    }
}
