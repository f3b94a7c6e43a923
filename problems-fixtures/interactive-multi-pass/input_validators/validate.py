import re
import sys

match = re.fullmatch(r"1 ([1-9][0-9]*)\n", sys.stdin.read())
sys.exit(42 if match and int(match.group(1)) <= 100 else 43)
