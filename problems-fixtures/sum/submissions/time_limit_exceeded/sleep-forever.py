# Too slow: never finishes (sleeps; only the wall-clock limit ends it).
import time

a, b = map(int, input().split())
while True:
    time.sleep(3600)
