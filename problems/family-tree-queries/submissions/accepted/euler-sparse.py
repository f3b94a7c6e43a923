class Solution:
    def closestAncestors(self, root: Optional[TreeNode], queries: List[List[int]]) -> List[int]:
        # Euler tour: the closest common ancestor is the shallowest node visited between p and q
        tour, depth_of_tour, first = [], [], {}
        stack = [(root, 0, False)]
        while stack:
            node, depth, done = stack.pop()
            if done:
                tour.append(node.val)
                depth_of_tour.append(depth)
                continue
            first[node.val] = len(tour)
            tour.append(node.val)
            depth_of_tour.append(depth)
            for child in (node.right, node.left):
                if child:
                    stack.append((node, depth, True))
                    stack.append((child, depth + 1, False))
        m = len(tour)
        # sparse[j][i]: the tour index of the shallowest node in tour[i : i + 2^j]
        sparse = [list(range(m))]
        j = 1
        while (1 << j) <= m:
            prev, half = sparse[-1], 1 << (j - 1)
            row = []
            for i in range(m - (1 << j) + 1):
                a, b = prev[i], prev[i + half]
                row.append(a if depth_of_tour[a] <= depth_of_tour[b] else b)
            sparse.append(row)
            j += 1
        answers = []
        for p, q in queries:
            lo, hi = sorted((first[p], first[q]))
            k = (hi - lo + 1).bit_length() - 1
            a, b = sparse[k][lo], sparse[k][hi - (1 << k) + 1]
            answers.append(tour[a] if depth_of_tour[a] <= depth_of_tour[b] else tour[b])
        return answers
