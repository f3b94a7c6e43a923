t = gets.to_i
t.times { puts gets.split.reverse.join(' ') }
