// main.rs + numbers.rs: rustc finds the module file next to main.rs.
mod numbers;

use std::fmt::Write;
use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let values: Vec<u64> = input.split_whitespace().map(|t| t.parse().unwrap()).collect();
    let mut out = String::new();
    for pair in values[1..].chunks(2) {
        writeln!(out, "{} {}", numbers::gcd(pair[0], pair[1]), numbers::lcm(pair[0], pair[1])).unwrap();
    }
    print!("{}", out);
}
