local a, b = io.read("n", "n")
io.read("l")
local name = io.read("l"):match("^%s*(.-)%s*$")
print(string.format("Hello, %s! %d + %d = %d", name, a, b, a + b))
