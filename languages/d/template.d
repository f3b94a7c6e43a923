import std.stdio;

void main() {
    // Read the input, e.g. readf(" %d", &n) for a number or readln() for a line.
    // Write the answer with writeln(...).
}
