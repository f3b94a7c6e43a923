// Interactive validator of "Guess the Number" (problem package format, custom interactive).
//
//   interactor input_file answer_file feedback_dir [flags]
//
// Its stdin is the submission's stdout and its stdout is the submission's stdin. The secret
// comes from the test's input file ("N x"); the answer file is not used. Exit 42: the
// submission found the secret within ceil(log2 N) + 1 guesses. Exit 43: wrong answer, with
// the reason in feedback_dir/judgemessage.txt. Any other exit is the validator's own failure.
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

static const int ACCEPT = 42;
static const int REJECT = 43;

static std::string feedbackDir;

static void note(const char *file, const char *format, va_list args) {
    std::string path = feedbackDir + "/" + file;
    FILE *out = std::fopen(path.c_str(), "a");
    if (out == nullptr) return;
    std::vfprintf(out, format, args);
    std::fputc('\n', out);
    std::fclose(out);
}

[[noreturn]] static void reject(const char *format, ...) {
    va_list args;
    va_start(args, format);
    note("judgemessage.txt", format, args);
    va_end(args);
    std::exit(REJECT);
}

[[noreturn]] static void accept(const char *format, ...) {
    va_list args;
    va_start(args, format);
    note("judgemessage.txt", format, args);
    va_end(args);
    std::exit(ACCEPT);
}

// Writes one line to the submission and flushes it, so the submission is never left waiting.
// A submission that already closed its input makes the write fail (SIGPIPE is ignored).
static void say(const std::string &line) {
    if (std::printf("%s\n", line.c_str()) < 0 || std::fflush(stdout) != 0)
        reject("the submission stopped reading its input");
}

// Reads one whitespace-separated token from the submission; false at end of its output.
static bool readToken(std::string &token) {
    token.clear();
    int c;
    while ((c = std::getchar()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {}
    if (c == EOF) return false;
    do {
        token.push_back(static_cast<char>(c));
        if (token.size() > 20) reject("guess is not a number: \"%.20s...\"", token.c_str());
    } while ((c = std::getchar()) != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t');
    return true;
}

static bool parseGuess(const std::string &token, long long &value) {
    if (token.empty() || token.size() > 12) return false;
    size_t start = token[0] == '-' ? 1 : 0;
    if (start == token.size()) return false;
    value = 0;
    for (size_t i = start; i < token.size(); i++) {
        if (token[i] < '0' || token[i] > '9') return false;
        value = value * 10 + (token[i] - '0');
    }
    if (start == 1) value = -value;
    return true;
}

int main(int argc, char **argv) {
    std::signal(SIGPIPE, SIG_IGN);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input_file answer_file feedback_dir [flags]\n", argv[0]);
        return 1;
    }
    feedbackDir = argv[3];
    std::ifstream input(argv[1]);
    long long n, secret;
    if (!(input >> n >> secret) || n < 1 || secret < 1 || secret > n) {
        std::fprintf(stderr, "bad input file: expected \"N x\" with 1 <= x <= N\n");
        return 1;
    }
    // ceil(log2 n) + 1 guesses: enough for a binary search, far too few for a linear one
    int limit = 1;
    while ((1LL << (limit - 1)) < n) limit++;

    say(std::to_string(n));
    for (int guesses = 1;; guesses++) {
        std::string token;
        if (!readToken(token)) reject("the submission ended after %d guess(es) without finding the secret", guesses - 1);
        long long guess;
        if (!parseGuess(token, guess)) reject("guess %d is not an integer: \"%s\"", guesses, token.c_str());
        if (guess < 1 || guess > n) reject("guess %d is %lld, outside [1, %lld]", guesses, guess, n);
        if (guesses > limit) reject("too many guesses: %d allowed for N = %lld", limit, n);
        if (guess == secret) {
            say("=");
            accept("found %lld in %d guesses (at most %d allowed)", secret, guesses, limit);
        }
        say(guess > secret ? "<" : ">");
    }
}
