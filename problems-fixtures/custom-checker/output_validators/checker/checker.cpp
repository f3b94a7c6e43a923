// Output validator of "Pair With Target Sum" (problem package format, custom validation).
//
//   checker input_file answer_file feedback_dir [flags] < team_output
//
// Exit 42: accepted. Exit 43: wrong answer, with the reason in feedback_dir/judgemessage.txt.
// Any other exit is the validator's own failure (a broken test case), never the team's fault.
//
// The team prints "i j" (1 <= i < j <= n, a_i + a_j = t) or "-1" when no pair exists. The
// answer file holds the judge's answer: a pair or -1; it only tells whether a pair exists.
#include <cctype>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

static const int ACCEPT = 42;
static const int REJECT = 43;
static const int JUDGE_ERROR = 1;

static std::string feedbackDir;

static void message(const char *format, va_list args) {
    std::string path = feedbackDir + "/judgemessage.txt";
    FILE *file = std::fopen(path.c_str(), "a");
    if (file == nullptr) return;
    std::vfprintf(file, format, args);
    std::fputc('\n', file);
    std::fclose(file);
}

[[noreturn]] static void reject(const char *format, ...) {
    va_list args;
    va_start(args, format);
    message(format, args);
    va_end(args);
    std::exit(REJECT);
}

[[noreturn]] static void judgeError(const char *format, ...) {
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    std::fputc('\n', stderr);
    va_end(args);
    std::exit(JUDGE_ERROR);
}

// Reads one whitespace-separated token of the team's output; false at end of output.
static bool nextToken(std::string &token) {
    token.clear();
    int c;
    while ((c = std::getchar()) != EOF && std::isspace(c)) {}
    if (c == EOF) return false;
    do {
        token.push_back(static_cast<char>(c));
        if (token.size() > 30) reject("token too long: %.30s...", token.c_str());
    } while ((c = std::getchar()) != EOF && !std::isspace(c));
    return true;
}

// A strict integer: optional minus sign, digits, no leading zeros, no '+', within long long.
static bool parseInteger(const std::string &token, long long &value) {
    if (token.empty() || token.size() > 19) return false;
    size_t start = token[0] == '-' ? 1 : 0;
    if (start == token.size()) return false;
    for (size_t i = start; i < token.size(); i++)
        if (token[i] < '0' || token[i] > '9') return false;
    if (token[start] == '0' && token.size() > start + 1) return false;
    if (token == "-0") return false;
    errno = 0;
    value = std::strtoll(token.c_str(), nullptr, 10);
    return errno == 0;
}

int main(int argc, char **argv) {
    if (argc < 4) judgeError("usage: %s input_file answer_file feedback_dir [flags] < team_output", argv[0]);
    feedbackDir = argv[3];

    std::ifstream input(argv[1]);
    long long n, target;
    if (!(input >> n >> target) || n < 2) judgeError("cannot read n and t from the input file");
    std::vector<long long> a(n);
    for (long long i = 0; i < n; i++)
        if (!(input >> a[i])) judgeError("cannot read a_%lld from the input file", i + 1);

    std::ifstream answer(argv[2]);
    long long judgeFirst, judgeSecond = 0;
    if (!(answer >> judgeFirst)) judgeError("cannot read the answer file");
    bool pairExists = judgeFirst != -1;
    if (pairExists && !(answer >> judgeSecond)) judgeError("the answer file holds one index only");

    std::string token;
    long long i, j;
    if (!nextToken(token)) reject("empty output: expected a pair of indices or -1");
    if (!parseInteger(token, i)) reject("expected an integer, got \"%s\"", token.c_str());
    if (i == -1) {
        if (nextToken(token)) reject("trailing output after -1: \"%s\"", token.c_str());
        if (pairExists) reject("answered -1, but a pair exists (the judge found %lld %lld)", judgeFirst, judgeSecond);
        return ACCEPT;
    }
    if (!nextToken(token)) reject("output ended after the first index %lld", i);
    if (!parseInteger(token, j)) reject("expected the second index, got \"%s\"", token.c_str());
    if (nextToken(token)) reject("trailing output after the pair: \"%s\"", token.c_str());
    if (i < 1 || i > n || j < 1 || j > n) reject("index out of range: %lld %lld (n = %lld)", i, j, n);
    if (i >= j) reject("indices must satisfy i < j, got %lld %lld", i, j);
    long long sum = a[i - 1] + a[j - 1];
    if (sum != target)
        reject("a_%lld + a_%lld = %lld + %lld = %lld, not the target %lld", i, j, a[i - 1], a[j - 1], sum, target);
    if (!pairExists) judgeError("the team found a valid pair (%lld, %lld) but the answer file says -1", i, j);
    return ACCEPT;
}
