# passes the first pass (a valid word) but cannot tell the number back
if input().strip() == "encode":
    print("forgotten")
else:
    print(0)
