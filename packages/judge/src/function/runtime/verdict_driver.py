"""Verdict's driver for function problems in Python (docs/FUNCTION-PROBLEMS.md).

main.py imports this module on its first line, so the tests are read from stdin before any of
the user's code runs. `from verdict_driver import *` also gives the user's code what LeetCode's
does: typing's List and Optional, ListNode, TreeNode and the usual modules.
"""
import json as _json
import os as _os
import sys as _sys
import threading as _threading
import time as _time
import traceback as _traceback

try:
    import resource as _resource
except ImportError:  # pragma: no cover
    _resource = None

import bisect, collections, functools, heapq, itertools, math, random, re, string  # noqa: E401,F401
from collections import Counter, OrderedDict, defaultdict, deque  # noqa: F401
from functools import cache, lru_cache, reduce  # noqa: F401
from heapq import heapify, heappop, heappush  # noqa: F401
from typing import *  # noqa: F401,F403

_MAX_NODES = 1000000
_sys.setrecursionlimit(max(_sys.getrecursionlimit(), 100000))


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def _read_tests():
    parts, newlines, need = [], 0, None
    while need is None or newlines < need:
        chunk = _os.read(0, 1 << 20)
        if not chunk:
            _os._exit(0)  # the judge closed stdin early: it wants no more
        parts.append(chunk)
        newlines += chunk.count(b"\n")
        if need is None and newlines >= 2:
            need = 2 + int(b"".join(parts).split(b"\n", 2)[1])
    lines = b"".join(parts).split(b"\n")
    return lines[0].decode("ascii"), [line.decode("utf-8") for line in lines[2:need]]


# the test running now and the CPU clock when it started, for the watcher's progress reports
_CURRENT = [-1, 0]
_LOCK = _threading.Lock()


def _watch_stdin():
    # a line on stdin asks how much CPU the running test has used; the end of stdin means stop
    try:
        while True:
            data = _os.read(0, 1 << 16)
            if not data:
                break
            for _ in range(data.count(b"\n")):
                index, start = _CURRENT
                _write("P %d %d" % (index, (_time.process_time_ns() - start) // 1000 if index >= 0 else 0))
    except OSError:
        pass
    _os._exit(0)


_NONCE, _TESTS = _read_tests()
_OUT = _os.dup(1)
_threading.Thread(target=_watch_stdin, daemon=True).start()


def _write(text):
    data = ("\n" + _NONCE + " " + text + "\n").encode("utf-8", "backslashreplace")
    with _LOCK:
        while data:
            data = data[_os.write(_OUT, data):]


def _emit(text):
    try:
        _sys.stdout.flush()
    except Exception:
        pass
    _write(text)


def _build_list(values):
    head = tail = ListNode()
    for value in values:
        tail.next = ListNode(value)
        tail = tail.next
    return head.next


def _build_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, at = collections.deque([root]), 1
    while at < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if at < len(values) and values[at] is not None:
                child = TreeNode(values[at])
                setattr(node, side, child)
                queue.append(child)
            at += 1
    return root


def _list_values(node):
    values = []
    while node is not None:
        if len(values) >= _MAX_NODES:
            raise ValueError("the returned list has more than %d nodes (a cycle?)" % _MAX_NODES)
        values.append(node.val)
        node = node.next
    return values


def _tree_values(root):
    values, queue = [], collections.deque([root] if root is not None else [])
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        if len(values) >= _MAX_NODES:
            raise ValueError("the returned tree has more than %d nodes (a cycle?)" % _MAX_NODES)
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def _to_python(kind, value):
    base, depth = kind
    if depth:
        return [_to_python((base, depth - 1), item) for item in value]
    if base == "double":
        return float(value)
    if base == "ListNode":
        return _build_list(value)
    if base == "TreeNode":
        return _build_tree(value)
    return value


def _plain(value):
    """A scalar as JSON has it; anything else as its repr, so a wrong type is a wrong answer."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return repr(value)


def _to_json(kind, value):
    base, depth = kind
    if depth and hasattr(value, "__iter__") and not isinstance(value, (str, bytes, dict)):
        return [_to_json((base, depth - 1), item) for item in value]
    if not depth and base == "ListNode" and (value is None or hasattr(value, "next")):
        return _list_values(value)
    if not depth and base == "TreeNode" and (value is None or hasattr(value, "left")):
        return _tree_values(value)
    return _plain(value)


def _describe(error):
    frames = [frame for frame in _traceback.extract_tb(error.__traceback__) if not frame.filename.endswith("verdict_driver.py")]
    lines = ["Traceback (most recent call last):\n"]
    for frame in frames:
        # main.py is the user's code after the one import line
        line = frame.lineno - 1 if frame.filename.endswith("main.py") else frame.lineno
        name = "solution.py" if frame.filename.endswith("main.py") else frame.filename
        lines.append('  File "%s", line %s, in %s\n' % (name, line, frame.name))
        if frame.line:
            lines.append("    %s\n" % frame.line)
    lines.extend(_traceback.format_exception_only(type(error), error))
    return "".join(lines)


class _Parsing(Exception):
    pass


def _call(spec, scope, line):
    try:
        args = _json.loads(line)
    except Exception as error:
        raise _Parsing(str(error))
    if spec["form"] == "function":
        solution = scope.get("Solution")
        if solution is None:
            raise NameError("class Solution is not defined")
        converted = [_to_python(kind, arg) for kind, arg in zip(spec["params"], args)]
        result = getattr(solution(), spec["name"])(*converted)
        if spec["output"] is not None:
            return _json.dumps(_to_json(spec["params"][spec["output"]], converted[spec["output"]]))
        return _json.dumps(None if spec["returns"] is None else _to_json(spec["returns"], result))
    cls = scope.get(spec["className"])
    if cls is None:
        raise NameError("class %s is not defined" % spec["className"])
    results, instance = [], None
    for call in args:
        if instance is None:
            instance = cls(*[_to_python(kind, arg) for kind, arg in zip(spec["ctor"], call[1:])])
            results.append(None)
            continue
        method = spec["methods"][call[0]]
        result = getattr(instance, call[0])(*[_to_python(kind, arg) for kind, arg in zip(method["params"], call[1:])])
        results.append(None if method["returns"] is None else _to_json(method["returns"], result))
    return _json.dumps(results)


def _memory_kb():
    return _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss if _resource else 0


def _run(scope, spec_text):
    spec = _json.loads(spec_text)
    for index, line in enumerate(_TESTS):
        _emit("S %d" % index)
        cpu, wall = _time.process_time_ns(), _time.perf_counter_ns()
        _CURRENT[:] = [index, cpu]
        try:
            result, kind = _call(spec, scope, line), "E"
        except _Parsing as error:
            _emit("F %d %s" % (index, _json.dumps(str(error))))
            continue
        except BaseException as error:  # noqa: B036 - SystemExit and RecursionError are the test's failures too
            result, kind = _json.dumps(_describe(error)), "X"
        _CURRENT[0] = -1
        cpu_us = (_time.process_time_ns() - cpu) // 1000
        wall_us = (_time.perf_counter_ns() - wall) // 1000
        _emit("%s %d %d %d %d %s" % (kind, index, cpu_us, wall_us, _memory_kb(), result))
    _emit("D")
