# the first pass prints digits, which is not a word
if input().strip() == "encode":
    print(input())
else:
    print(input())
