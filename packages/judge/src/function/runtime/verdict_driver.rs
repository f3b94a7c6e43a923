// Verdict's driver for function problems in Rust (docs/FUNCTION-PROBLEMS.md). main.rs is the
// user's code, then this file, then the generated glue and main(). Rust runs nothing before
// main, so the tests are still read before any of the user's code runs.

#[allow(dead_code)]
pub struct Solution;

#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

#[allow(dead_code)]
impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}

#[allow(dead_code)]
impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

#[allow(dead_code)]
mod verdict {
    use super::{ListNode, TreeNode};
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::io::{Read, Write};
    use std::rc::Rc;
    use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
    use std::sync::Mutex;

    const MAX_NODES: usize = 1_000_000;
    static PARSING: AtomicBool = AtomicBool::new(false);
    static PANIC: Mutex<String> = Mutex::new(String::new());
    static WRITING: Mutex<()> = Mutex::new(());
    /// The test running now (-1 between tests) and the CPU clock when it started.
    static CURRENT: AtomicI64 = AtomicI64::new(-1);
    static STARTED: AtomicI64 = AtomicI64::new(0);

    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }

    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
        fn _exit(code: i32) -> !;
    }

    /// True while the driver reads a test: a failure then is the driver's, not the user's.
    pub fn set_parsing(value: bool) {
        PARSING.store(value, Ordering::SeqCst);
    }

    pub struct Reader<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl<'a> Reader<'a> {
        pub fn new(text: &'a str) -> Self {
            Reader { s: text.as_bytes(), i: 0 }
        }
        fn fail(&self, what: &str) -> ! {
            panic!("{} at character {}", what, self.i + 1)
        }
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i] <= b' ' {
                self.i += 1;
            }
        }
        fn starts(&self, word: &str) -> bool {
            self.s[self.i..].starts_with(word.as_bytes())
        }
        pub fn expect(&mut self, c: u8) {
            self.ws();
            if self.i >= self.s.len() || self.s[self.i] != c {
                self.fail(&format!("expected '{}'", c as char));
            }
            self.i += 1;
        }
        /// After '[': true (and past ']') when the array is empty.
        pub fn empty(&mut self) -> bool {
            self.ws();
            if self.i < self.s.len() && self.s[self.i] == b']' {
                self.i += 1;
                return true;
            }
            false
        }
        /// After an element: true past ',', false past ']'.
        pub fn more(&mut self) -> bool {
            self.ws();
            if self.i < self.s.len() && self.s[self.i] == b',' {
                self.i += 1;
                return true;
            }
            self.expect(b']');
            false
        }
        pub fn is_null(&mut self) -> bool {
            self.ws();
            if self.starts("null") {
                self.i += 4;
                return true;
            }
            false
        }
        fn number(&mut self) -> String {
            self.ws();
            let start = self.i;
            while self.i < self.s.len() && b"+-0123456789.eE".contains(&self.s[self.i]) {
                self.i += 1;
            }
            if start == self.i {
                self.fail("expected a number");
            }
            String::from_utf8_lossy(&self.s[start..self.i]).into_owned()
        }
        pub fn read_int(&mut self) -> i32 {
            let text = self.number();
            text.parse().unwrap_or_else(|_| self.fail("expected an int"))
        }
        pub fn read_long(&mut self) -> i64 {
            let text = self.number();
            text.parse().unwrap_or_else(|_| self.fail("expected a long"))
        }
        pub fn read_double(&mut self) -> f64 {
            let text = self.number();
            text.parse().unwrap_or_else(|_| self.fail("expected a double"))
        }
        pub fn read_bool(&mut self) -> bool {
            self.ws();
            if self.starts("true") {
                self.i += 4;
                return true;
            }
            if self.starts("false") {
                self.i += 5;
                return false;
            }
            self.fail("expected true or false")
        }
        fn hex4(&mut self) -> u32 {
            if self.i + 4 > self.s.len() {
                self.fail("bad \\u escape");
            }
            let text = String::from_utf8_lossy(&self.s[self.i..self.i + 4]).into_owned();
            self.i += 4;
            u32::from_str_radix(&text, 16).unwrap_or_else(|_| self.fail("bad \\u escape"))
        }
        pub fn read_string(&mut self) -> String {
            self.expect(b'"');
            let mut out: Vec<u8> = Vec::new();
            loop {
                if self.i >= self.s.len() {
                    self.fail("unterminated string");
                }
                let c = self.s[self.i];
                self.i += 1;
                if c == b'"' {
                    return String::from_utf8_lossy(&out).into_owned();
                }
                if c != b'\\' {
                    out.push(c);
                    continue;
                }
                let e = self.s[self.i];
                self.i += 1;
                match e {
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'u' => {
                        let mut cp = self.hex4();
                        if (0xD800..0xDC00).contains(&cp) && self.starts("\\u") {
                            self.i += 2;
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (self.hex4().wrapping_sub(0xDC00));
                        }
                        let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
                        out.extend_from_slice(c.to_string().as_bytes());
                    }
                    other => out.push(other),
                }
            }
        }
        fn node_values(&mut self) -> Vec<Option<i32>> {
            let mut values = Vec::new();
            self.expect(b'[');
            if !self.empty() {
                loop {
                    values.push(if self.is_null() { None } else { Some(self.read_int()) });
                    if !self.more() {
                        break;
                    }
                }
            }
            values
        }
        pub fn read_list(&mut self) -> Option<Box<ListNode>> {
            let mut head: Option<Box<ListNode>> = None;
            for value in self.node_values().into_iter().rev() {
                head = Some(Box::new(ListNode { val: value.unwrap_or(0), next: head }));
            }
            head
        }
        pub fn read_tree(&mut self) -> Option<Rc<RefCell<TreeNode>>> {
            let values = self.node_values();
            let first = match values.first() {
                Some(Some(value)) => *value,
                _ => return None,
            };
            let root = Rc::new(RefCell::new(TreeNode::new(first)));
            let mut queue = VecDeque::from(vec![root.clone()]);
            let mut at = 1;
            while at < values.len() {
                let node = match queue.pop_front() {
                    Some(node) => node,
                    None => break,
                };
                for side in 0..2 {
                    if let Some(Some(value)) = values.get(at) {
                        let child = Rc::new(RefCell::new(TreeNode::new(*value)));
                        queue.push_back(child.clone());
                        if side == 0 {
                            node.borrow_mut().left = Some(child);
                        } else {
                            node.borrow_mut().right = Some(child);
                        }
                    }
                    at += 1;
                }
            }
            Some(root)
        }
    }

    pub struct Writer {
        pub b: String,
    }

    impl Writer {
        pub fn new() -> Self {
            Writer { b: String::new() }
        }
        pub fn raw(&mut self, text: &str) {
            self.b.push_str(text);
        }
        pub fn write_int(&mut self, v: &i32) {
            self.b.push_str(&v.to_string());
        }
        pub fn write_long(&mut self, v: &i64) {
            self.b.push_str(&v.to_string());
        }
        pub fn write_bool(&mut self, v: &bool) {
            self.b.push_str(if *v { "true" } else { "false" });
        }
        pub fn write_double(&mut self, v: &f64) {
            if v.is_finite() {
                self.b.push_str(&format!("{:?}", v));
            } else {
                self.b.push_str("null");
            }
        }
        pub fn write_string(&mut self, v: &String) {
            self.b.push('"');
            for c in v.chars() {
                match c {
                    '"' | '\\' => {
                        self.b.push('\\');
                        self.b.push(c);
                    }
                    c if (c as u32) < 0x20 => self.b.push_str(&format!("\\u{:04x}", c as u32)),
                    c => self.b.push(c),
                }
            }
            self.b.push('"');
        }
        pub fn write_list(&mut self, v: &Option<Box<ListNode>>) {
            let mut values = Vec::new();
            let mut node = v;
            while let Some(current) = node {
                if values.len() >= MAX_NODES {
                    panic!("the returned list has more than {} nodes", MAX_NODES);
                }
                values.push(current.val.to_string());
                node = &current.next;
            }
            self.b.push_str(&format!("[{}]", values.join(",")));
        }
        pub fn write_tree(&mut self, v: &Option<Rc<RefCell<TreeNode>>>) {
            let mut values: Vec<String> = Vec::new();
            let mut queue: VecDeque<Option<Rc<RefCell<TreeNode>>>> = VecDeque::new();
            if v.is_some() {
                queue.push_back(v.clone());
            }
            while let Some(entry) = queue.pop_front() {
                match entry {
                    None => values.push("null".to_string()),
                    Some(node) => {
                        if values.len() >= MAX_NODES {
                            panic!("the returned tree has more than {} nodes (a cycle?)", MAX_NODES);
                        }
                        let node = node.borrow();
                        values.push(node.val.to_string());
                        queue.push_back(node.left.clone());
                        queue.push_back(node.right.clone());
                    }
                }
            }
            while values.last().map(|last| last == "null").unwrap_or(false) {
                values.pop();
            }
            self.b.push_str(&format!("[{}]", values.join(",")));
        }
    }

    fn micros(clock: i32) -> i64 {
        let mut time = Timespec { sec: 0, nsec: 0 };
        unsafe {
            clock_gettime(clock, &mut time);
        }
        time.sec * 1_000_000 + time.nsec / 1000
    }

    fn memory_kb() -> i64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find(|line| line.starts_with("VmHWM:"))
            .and_then(|line| line.split_whitespace().nth(1))
            .and_then(|value| value.parse().ok())
            .unwrap_or(0)
    }

    fn json(text: &str) -> String {
        let mut w = Writer::new();
        w.write_string(&text.to_string());
        w.b
    }

    fn read_tests() -> (String, Vec<String>) {
        let mut data: Vec<u8> = Vec::new();
        let mut buffer = vec![0u8; 1 << 16];
        let (mut newlines, mut need) = (0usize, 0usize);
        let mut input = std::io::stdin();
        while need == 0 || newlines < need {
            let read = input.read(&mut buffer).unwrap_or(0);
            if read == 0 {
                unsafe { _exit(0) } // the judge closed stdin early: it wants no more
            }
            newlines += buffer[..read].iter().filter(|b| **b == b'\n').count();
            data.extend_from_slice(&buffer[..read]);
            if need == 0 && newlines >= 2 {
                let text = String::from_utf8_lossy(&data);
                need = 2 + text.split('\n').nth(1).and_then(|count| count.parse::<usize>().ok()).unwrap_or(0);
            }
        }
        let text = String::from_utf8_lossy(&data).into_owned();
        let lines: Vec<String> = text.split('\n').take(need).map(|line| line.to_string()).collect();
        (lines[0].clone(), lines[2..].to_vec())
    }

    fn emit(nonce: &str, text: &str) {
        let _hold = WRITING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let _ = out.flush();
        if out.write_all(format!("\n{} {}\n", nonce, text).as_bytes()).is_err() || out.flush().is_err() {
            unsafe { _exit(1) }
        }
    }

    pub fn main(run: fn(&str) -> String) {
        let (nonce, tests) = read_tests();
        // a line on stdin asks how much CPU the running test has used; the end of stdin means stop
        let watcher_nonce = nonce.clone();
        std::thread::spawn(move || {
            let mut buffer = vec![0u8; 1 << 16];
            loop {
                let read = std::io::stdin().read(&mut buffer).unwrap_or(0);
                if read == 0 {
                    break;
                }
                for _ in buffer[..read].iter().filter(|b| **b == b'\n') {
                    let index = CURRENT.load(Ordering::SeqCst);
                    let used = if index >= 0 { micros(2) - STARTED.load(Ordering::SeqCst) } else { 0 };
                    emit(&watcher_nonce, &format!("P {} {}", index, used.max(0)));
                }
            }
            unsafe { _exit(0) }
        });
        std::panic::set_hook(Box::new(|info| {
            if let Ok(mut last) = PANIC.lock() {
                *last = info.to_string();
            }
        }));
        for (index, line) in tests.iter().enumerate() {
            emit(&nonce, &format!("S {}", index));
            set_parsing(true);
            let (cpu, wall) = (micros(2), micros(1));
            STARTED.store(cpu, Ordering::SeqCst);
            CURRENT.store(index as i64, Ordering::SeqCst);
            let outcome = std::panic::catch_unwind(|| run(line));
            CURRENT.store(-1, Ordering::SeqCst);
            let (cpu, wall) = (micros(2) - cpu, micros(1) - wall);
            let record = match outcome {
                Ok(result) => format!("E {} {} {} {} {}", index, cpu, wall, memory_kb(), result),
                Err(_) => {
                    let message = PANIC.lock().map(|last| last.clone()).unwrap_or_default();
                    if PARSING.load(Ordering::SeqCst) {
                        emit(&nonce, &format!("F {} {}", index, json(&message)));
                        continue;
                    }
                    format!("X {} {} {} {} {}", index, cpu, wall, memory_kb(), json(&message))
                }
            };
            emit(&nonce, &record);
        }
        emit(&nonce, "D");
    }
}
