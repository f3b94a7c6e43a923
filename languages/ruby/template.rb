tokens = $stdin.read.split
# tokens holds the input's whitespace-separated tokens, e.g. n = tokens[0].to_i

# Write the answer with puts.
