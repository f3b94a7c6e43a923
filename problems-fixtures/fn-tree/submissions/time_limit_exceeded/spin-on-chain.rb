# Too slow: spins forever on a tree whose root has no left child (the right-chain test).
def level_order(root)
  loop {} if root && root.left.nil? && root.right
  levels = []
  level = root ? [root] : []
  until level.empty?
    levels << level.map(&:val)
    level = level.flat_map { |node| [node.left, node.right].compact }
  end
  levels
end
