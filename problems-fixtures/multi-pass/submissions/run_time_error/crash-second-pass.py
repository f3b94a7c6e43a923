# fine in the first pass, crashes in the second
if input().strip() == "encode":
    print("abc")
else:
    raise SystemExit(3)
