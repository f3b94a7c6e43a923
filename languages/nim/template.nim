import std/strutils

let tokens = stdin.readAll().splitWhitespace()
# tokens holds the input's whitespace-separated tokens, e.g. let n = parseInt(tokens[0])

# Write the answer with echo.
discard tokens
