import re
import sys

text = sys.stdin.read()
match = re.fullmatch(r"encode\n(0|[1-9][0-9]*)\n", text)
sys.exit(42 if match and int(match.group(1)) <= 10**12 else 43)
