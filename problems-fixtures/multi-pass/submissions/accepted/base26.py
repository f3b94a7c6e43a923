mode = input().strip()
if mode == "encode":
    n = int(input())
    word = ""
    while True:
        word = chr(ord("a") + n % 26) + word
        n //= 26
        if n == 0:
            break
    print(word)
else:
    n = 0
    for letter in input().strip():
        n = n * 26 + ord(letter) - ord("a")
    print(n)
