# hostile: looks for the answer file on the disk; it must not be there
import os

for root in ("/", "/tmp", os.getcwd()):
    for name in os.listdir(root) if os.path.isdir(root) else []:
        if name.endswith(".ans"):
            print(open(os.path.join(root, name)).read(), end="")
            raise SystemExit(0)
print("no answer found")
