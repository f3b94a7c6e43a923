print("Hello world!")
raise SystemExit(1)
