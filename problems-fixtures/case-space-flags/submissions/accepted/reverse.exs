[first | rest] = IO.read(:stdio, :eof) |> String.split("\n")
t = String.to_integer(first)

rest
|> Enum.take(t)
|> Enum.map(fn line -> line |> String.split(" ") |> Enum.reverse() |> Enum.join(" ") end)
|> Enum.each(&IO.puts/1)
