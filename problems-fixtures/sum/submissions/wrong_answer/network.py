# Hostile: prints the sum only when it can open a TCP connection (to a local PostgreSQL port
# or to a public DNS server). The sandbox has no network, so it prints nothing: wrong answer.
import socket
import sys

a, b = map(int, input().split())
reached = []
for host, port in (("127.0.0.1", 5432), ("1.1.1.1", 53)):
    try:
        with socket.create_connection((host, port), timeout=0.5):
            reached.append(f"{host}:{port}")
    except OSError as error:
        print(f"{host}:{port}: {error}", file=sys.stderr)
if reached:
    print(a + b)
