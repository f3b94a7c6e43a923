// Verdict's driver for function problems in JavaScript and TypeScript (docs/FUNCTION-PROBLEMS.md).
// main.js requires this file at the start of its first line, so the tests are read from stdin
// before any of the user's code runs. A `long` is a BigInt: exact over all 64 bits.

const fs = require('node:fs');
const { Worker } = require('node:worker_threads');

const MAX_NODES = 1000000;

class ListNode {
  constructor(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
  }
}

class TreeNode {
  constructor(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readTests() {
  const parts = [];
  let newlines = 0;
  let need = null;
  const buffer = Buffer.alloc(1 << 20);
  while (need === null || newlines < need) {
    let read;
    try {
      read = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if (error.code === 'EAGAIN') {
        pause(1);
        continue;
      }
      throw error;
    }
    if (read === 0) process.exit(0); // the judge closed stdin early: it wants no more
    const chunk = Buffer.from(buffer.subarray(0, read));
    parts.push(chunk);
    for (const byte of chunk) if (byte === 10) newlines++;
    if (need === null && newlines >= 2) need = 2 + Number(Buffer.concat(parts).toString('utf8').split('\n', 2)[1]);
  }
  const lines = Buffer.concat(parts).toString('utf8').split('\n');
  return { nonce: lines[0], tests: lines.slice(2, need) };
}

const { nonce, tests } = readTests();

// Shared with the watcher thread: [0] a lock around writes to stdout, [1] the running test
// (-1 between tests); then the CPU time (µs) when it started.
const shared = new SharedArrayBuffer(16);
const lock = new Int32Array(shared, 0, 2);
const started = new Float64Array(shared, 8, 1);
lock[1] = -1;

function write(text) {
  let data = Buffer.from(`\n${nonce} ${text}\n`, 'utf8');
  while (Atomics.compareExchange(lock, 0, 0, 1) !== 0) Atomics.wait(lock, 0, 1, 1);
  try {
    while (data.length > 0) {
      try {
        data = data.subarray(fs.writeSync(1, data));
      } catch (error) {
        if (error.code !== 'EAGAIN') throw error;
        pause(1);
      }
    }
  } finally {
    Atomics.store(lock, 0, 0);
    Atomics.notify(lock, 0);
  }
}

// A line on stdin asks how much CPU the running test has used; the end of stdin means stop.
// Only another thread can answer while the user's code keeps this one busy.
const watcher = new Worker(
  `const fs = require('node:fs');
  const { workerData } = require('node:worker_threads');
  const lock = new Int32Array(workerData.shared, 0, 2);
  const started = new Float64Array(workerData.shared, 8, 1);
  const buffer = Buffer.alloc(65536);
  for (;;) {
    let read = 0;
    try { read = fs.readSync(0, buffer, 0, buffer.length, null); }
    catch (error) { if (error.code === 'EAGAIN') { Atomics.wait(lock, 1, -2, 5); continue; } }
    if (read <= 0) break;
    for (const byte of buffer.subarray(0, read)) {
      if (byte !== 10) continue;
      const index = Atomics.load(lock, 1);
      const used = process.cpuUsage();
      const cpu = index >= 0 ? Math.max(0, Math.round(used.user + used.system - started[0])) : 0;
      const data = Buffer.from('\\n' + workerData.nonce + ' P ' + index + ' ' + cpu + '\\n');
      while (Atomics.compareExchange(lock, 0, 0, 1) !== 0) Atomics.wait(lock, 0, 1, 1);
      try { fs.writeSync(1, data); } finally { Atomics.store(lock, 0, 0); Atomics.notify(lock, 0); }
    }
  }
  process.kill(process.pid, 'SIGKILL');`,
  { eval: true, workerData: { shared, nonce } },
);
watcher.unref();

function emit(text) {
  write(text);
}

/** JSON with numbers kept as text, so a long becomes an exact BigInt. */
function parseJson(text) {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at])) at++;
  };
  const fail = (what) => {
    throw new SyntaxError(`${what} at ${at}`);
  };
  const value = () => {
    space();
    const char = text[at];
    if (char === '[') {
      at++;
      const items = [];
      space();
      if (text[at] === ']') {
        at++;
        return items;
      }
      for (;;) {
        items.push(value());
        space();
        const next = text[at++];
        if (next === ']') return items;
        if (next !== ',') fail('expected , or ]');
      }
    }
    if (char === '"') {
      const start = at;
      at++;
      while (text[at] !== '"') {
        if (at >= text.length) fail('unterminated string');
        at += text[at] === '\\' ? 2 : 1;
      }
      at++;
      return JSON.parse(text.slice(start, at));
    }
    for (const [word, result] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ]) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return result;
      }
    }
    const match = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail('expected a value');
    at += match[0].length;
    return { number: match[0] };
  };
  return value();
}

function buildList(values) {
  const head = new ListNode();
  let tail = head;
  for (const value of values) {
    tail.next = new ListNode(value);
    tail = tail.next;
  }
  return head.next;
}

function buildTree(values) {
  if (values.length === 0 || values[0] === null) return null;
  const root = new TreeNode(values[0]);
  const queue = [root];
  let at = 1;
  for (let head = 0; at < values.length; head++) {
    const node = queue[head];
    for (const side of ['left', 'right']) {
      if (at < values.length && values[at] !== null) {
        node[side] = new TreeNode(values[at]);
        queue.push(node[side]);
      }
      at++;
    }
  }
  return root;
}

function toValue(kind, value) {
  const [base, depth] = kind;
  if (depth > 0) return value.map((item) => toValue([base, depth - 1], item));
  if (value === null) return null;
  if (typeof value === 'object' && 'number' in value)
    return base === 'long' ? BigInt(value.number) : Number(value.number);
  if (base === 'ListNode') return buildList(value.map((item) => Number(item.number)));
  if (base === 'TreeNode') return buildTree(value.map((item) => (item === null ? null : Number(item.number))));
  return value;
}

function listJson(node) {
  const values = [];
  for (; node !== null && node !== undefined; node = node.next) {
    if (values.length >= MAX_NODES) throw new Error(`the returned list has more than ${MAX_NODES} nodes (a cycle?)`);
    values.push(plain(node.val));
  }
  return `[${values.join(',')}]`;
}

function treeJson(root) {
  const values = [];
  const queue = root === null || root === undefined ? [] : [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === null || node === undefined) {
      values.push('null');
      continue;
    }
    if (values.length >= MAX_NODES) throw new Error(`the returned tree has more than ${MAX_NODES} nodes (a cycle?)`);
    values.push(plain(node.val));
    queue.push(node.left, node.right);
  }
  while (values.at(-1) === 'null') values.pop();
  return `[${values.join(',')}]`;
}

/** A scalar as JSON; anything else as a string, so a wrong type is a wrong answer. */
function plain(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(String(value));
}

function toJson(kind, value) {
  const [base, depth] = kind;
  if (depth > 0 && value !== null && typeof value === 'object' && Symbol.iterator in value) {
    return `[${Array.from(value, (item) => toJson([base, depth - 1], item)).join(',')}]`;
  }
  if (depth === 0 && base === 'ListNode' && (value === null || value === undefined || 'next' in value)) {
    return listJson(value);
  }
  if (depth === 0 && base === 'TreeNode' && (value === null || value === undefined || 'left' in value)) {
    return treeJson(value);
  }
  return plain(value);
}

function call(spec, target, calls) {
  if (typeof target !== 'function') {
    throw new ReferenceError(`${spec.form === 'function' ? spec.name : spec.className} is not defined`);
  }
  if (spec.form === 'function') {
    const args = spec.params.map((kind, index) => toValue(kind, calls[index]));
    const result = target(...args);
    if (spec.output !== null) return toJson(spec.params[spec.output], args[spec.output]);
    return spec.returns === null ? 'null' : toJson(spec.returns, result);
  }
  let instance = null;
  const results = calls.map((entry) => {
    const [name, ...args] = entry;
    if (instance === null) {
      instance = new target(...spec.ctor.map((kind, index) => toValue(kind, args[index])));
      return 'null';
    }
    const method = spec.methods[name];
    const result = instance[name](...method.params.map((kind, index) => toValue(kind, args[index])));
    return method.returns === null ? 'null' : toJson(method.returns, result);
  });
  return `[${results.join(',')}]`;
}

/** The error and the frames of the user's code (main.js up to its last line of user code). */
function describe(error, userLines) {
  if (!(error instanceof Error)) return `uncaught ${String(error)}`;
  const lines = String(error.stack || error.message).split('\n');
  const frames = lines.filter((line) => {
    if (!/^\s+at /.test(line)) return true;
    const match = /\/box\/main\.js:(\d+)/.exec(line);
    return match !== null && Number(match[1]) <= userLines;
  });
  return frames.join('\n').replaceAll('/box/main.js', 'solution.js');
}

function memoryKb() {
  return process.resourceUsage().maxRSS;
}

/** Runs every test against `target`: the user's function, or the class of a class design. */
function run(spec, target) {
  tests.forEach((line, index) => {
    emit(`S ${index}`);
    let calls;
    try {
      calls = parseJson(line);
    } catch (error) {
      emit(`F ${index} ${JSON.stringify(String(error))}`);
      return;
    }
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    started[0] = cpu.user + cpu.system;
    Atomics.store(lock, 1, index);
    let record;
    try {
      record = `E ${index} %cpu ${call(spec, target, calls)}`;
    } catch (error) {
      record = `X ${index} %cpu ${JSON.stringify(describe(error, spec.lines))}`;
    }
    Atomics.store(lock, 1, -1);
    const used = process.cpuUsage(cpu);
    const wallUs = (process.hrtime.bigint() - wall) / 1000n;
    emit(record.replace('%cpu', `${used.user + used.system} ${wallUs} ${memoryKb()}`));
  });
  emit('D');
}

module.exports = { run, ListNode, TreeNode };
