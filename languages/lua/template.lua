local tokens = {}
for token in io.read("a"):gmatch("%S+") do tokens[#tokens + 1] = token end
-- tokens holds the input's whitespace-separated tokens, e.g. local n = tonumber(tokens[1])

-- Write the answer with print(...).
