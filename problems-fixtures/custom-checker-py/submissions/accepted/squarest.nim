# The divisor closest to sqrt(n), like squarest.cpp.
import math, strutils

let n = parseBiggestInt(readLine(stdin).strip())
var w = int64(sqrt(float64(n)))
while w * w > n: dec w
while (w + 1) * (w + 1) <= n: inc w
var found = false
while w >= 2:
  if n mod w == 0:
    echo w, " ", n div w
    found = true
    break
  dec w
if not found:
  echo "IMPOSSIBLE"
