import re
import sys

match = re.fullmatch(r"([1-9][0-9]*)\n", sys.stdin.read())
sys.exit(42 if match and int(match.group(1)) <= 10**9 else 43)
