// Rust's {:e}: shortest exponent form, 3.333333333333333e-1, 1e9
use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<f64> = input.split_whitespace().map(|t| t.parse().unwrap()).collect();
    println!("{:e}", v[0] / v[1]);
}
