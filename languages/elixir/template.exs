# Read the input: IO.gets("") gives the next line (:eof at the end), e.g.
#   [a, b] = IO.gets("") |> String.split() |> Enum.map(&String.to_integer/1)
# Write the answer with IO.puts(...).
