use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    // Take the input's tokens in order, e.g.
    //   let n: i64 = tokens.next().unwrap().parse().unwrap();
    let _ = tokens.next();

    let mut out = io::BufWriter::new(io::stdout().lock());
    // Write the answer, e.g. writeln!(out, "{}", n).unwrap();
    out.flush().unwrap();
}
