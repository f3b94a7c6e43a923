// Binary search with read_line, println! and an explicit flush: the Rust program of issue 13,
// which was judged TLE while the interactor's first line was lost before it had started.
use std::io::{self, BufRead, Write};

fn main() {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = io::stdout();
    let mut line = String::new();
    input.read_line(&mut line).unwrap();
    let n: i64 = line.trim().parse().unwrap();
    let (mut lo, mut hi) = (1i64, n);
    while lo <= hi {
        let mid = lo + (hi - lo) / 2;
        println!("{}", mid);
        out.flush().unwrap();
        line.clear();
        if input.read_line(&mut line).unwrap() == 0 {
            return;
        }
        match line.trim() {
            "=" => return,
            "<" => hi = mid - 1,
            _ => lo = mid + 1,
        }
    }
}
