gets stdin line
lassign $line a b
gets stdin name
puts "Hello, [string trim $name]! $a + $b = [expr {$a + $b}]"
