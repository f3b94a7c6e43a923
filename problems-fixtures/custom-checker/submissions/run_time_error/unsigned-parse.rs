// Crashes: parses the numbers as unsigned, so a negative value makes unwrap() panic.
use std::collections::HashMap;
use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let t: u64 = tokens.next().unwrap().parse().unwrap();
    let a: Vec<u64> = (0..n).map(|_| tokens.next().unwrap().parse().unwrap()).collect();
    let mut first: HashMap<u64, usize> = HashMap::new();
    for (j, &x) in a.iter().enumerate() {
        if x <= t {
            if let Some(&i) = first.get(&(t - x)) {
                println!("{} {}", i + 1, j + 1);
                return;
            }
        }
        first.entry(x).or_insert(j);
    }
    println!("-1");
}
