class Solution {
    fun levelOrder(root: TreeNode?): Array<IntArray> {
        val levels = ArrayList<IntArray>()
        var level = if (root == null) listOf() else listOf(root)
        while (level.isNotEmpty()) {
            levels.add(level.map { it.`val` }.toIntArray())
            level = level.flatMap { listOfNotNull(it.left, it.right) }
        }
        return levels.toTypedArray()
    }
}
