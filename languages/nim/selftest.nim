import std/[strutils, sequtils]

let numbers = stdin.readLine().splitWhitespace().map(parseBiggestInt)
let name = stdin.readLine().strip()
echo "Hello, ", name, "! ", numbers[0], " + ", numbers[1], " = ", numbers[0] + numbers[1]
