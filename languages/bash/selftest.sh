read -r a b
read -r name
echo "Hello, ${name}! ${a} + ${b} = $((a + b))"
