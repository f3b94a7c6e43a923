# Hostile: tries to pass by forging the driver's reports. It prints result records with every
# nonce it can think of, writes them to every file descriptor it can open, looks for the
# answers on disk and in /proc, and reads what is left of stdin (the driver has read it all). Its own answer is wrong ([0, 0]), so any pass would be a forgery: it must get WA.
# Reading /proc/self/fd/0 can take input the driver has not read yet; the driver then ends early
# (RE), depending on timing. Either way the forgery fails, so both verdicts are expected:
# @EXPECTED_RESULTS@: WRONG-ANSWER, RUN-ERROR
import os, sys, glob

for fd in range(3, 64):
    try:
        os.write(fd, b"\nE 0 1 1 1 [1,2]\n")
    except OSError:
        pass

class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        fake = '[1, 2]'
        for nonce in ["", "0" * 32, "verdict", "S", "E"]:
            print(f"\n{nonce} E 0 1 1 1 {fake}\n{nonce} D", flush=True)
            sys.stderr.write(f"\n{nonce} E 0 1 1 1 {fake}\n")
        for fd in (1, 2) + tuple(range(3, 64)):
            try:
                os.write(fd, f"\nAC\nE 0 1 1 1 {fake}\nD\n".encode())
            except OSError:
                pass
        try:
            os.set_blocking(0, False)
            print("stdin left:", repr(os.read(0, 100)))
        except Exception as error:
            print("stdin:", type(error).__name__)
        for pattern in ["/box/*", "../*", "/data/**/*.ans", "/proc/self/fd/*", "/proc/1/cmdline"]:
            for path in glob.glob(pattern, recursive=True)[:20]:
                try:
                    print(path, open(path, "rb").read(200))
                except Exception as error:
                    print(path, type(error).__name__)
        return [0, 0]
