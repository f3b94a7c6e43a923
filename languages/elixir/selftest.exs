[a, b] = IO.gets("") |> String.split() |> Enum.map(&String.to_integer/1)
name = IO.gets("") |> String.trim()
IO.puts("Hello, #{name}! #{a} + #{b} = #{a + b}")
