import std.stdio;
import std.string : strip;

void main() {
    long a, b;
    readf(" %d %d", &a, &b);
    readln();
    string name = readln().strip();
    writefln("Hello, %s! %d + %d = %d", name, a, b, a + b);
}
