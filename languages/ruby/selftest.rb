a, b = gets.split.map(&:to_i)
name = gets.strip
puts "Hello, #{name}! #{a} + #{b} = #{a + b}"
