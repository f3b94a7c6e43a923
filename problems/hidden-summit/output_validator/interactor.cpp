// Interactive validator of "The Hidden Summit" (problem package format, custom interactive).
//
//   interactor input_file answer_file feedback_dir [flags]
//
// Its stdin is the submission's stdout and its stdout is the submission's stdin. The input file
// holds "n p seed maxStep": the ridge is rebuilt from them, rising by steps in [1, maxStep] up
// to point p and falling after it (a splitmix64 stream, so the test files stay tiny). The answer
// file is not used. Exit 42: the submission named p after at most 30 questions. Exit 43: wrong
// answer, with the reason in feedback_dir/judgemessage.txt. Any other exit is our own failure.
#include <csignal>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

static const int ACCEPT = 42;
static const int REJECT = 43;
static const int MAX_QUESTIONS = 30;

static std::string feedbackDir;

static void note(const char *format, va_list args) {
    std::string path = feedbackDir + "/judgemessage.txt";
    FILE *out = std::fopen(path.c_str(), "a");
    if (out == nullptr) return;
    std::vfprintf(out, format, args);
    std::fputc('\n', out);
    std::fclose(out);
}

[[noreturn]] static void finish(int code, const char *format, ...) {
    va_list args;
    va_start(args, format);
    note(format, args);
    va_end(args);
    std::exit(code);
}

static void say(const std::string &line) {
    if (std::printf("%s\n", line.c_str()) < 0 || std::fflush(stdout) != 0)
        finish(REJECT, "the submission stopped reading its input");
}

// One whitespace-separated token of at most 20 characters; false at the end of the output.
static bool readToken(std::string &token) {
    token.clear();
    int c;
    while ((c = std::getchar()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {}
    if (c == EOF) return false;
    do {
        token.push_back(static_cast<char>(c));
        if (token.size() > 20) finish(REJECT, "token too long: \"%.20s...\"", token.c_str());
    } while ((c = std::getchar()) != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t');
    return true;
}

static bool parseIndex(const std::string &token, long long &value) {
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

static uint64_t splitmix(uint64_t &state) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int main(int argc, char **argv) {
    std::signal(SIGPIPE, SIG_IGN);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s input_file answer_file feedback_dir [flags]\n", argv[0]);
        return 1;
    }
    feedbackDir = argv[3];
    std::ifstream input(argv[1]);
    long long n, p, maxStep;
    uint64_t seed;
    if (!(input >> n >> p >> seed >> maxStep) || n < 1 || n > 1000000 || p < 1 || p > n || maxStep < 1 ||
        maxStep > 1000000) {
        std::fprintf(stderr, "bad input file: expected \"n p seed maxStep\"\n");
        return 1;
    }
    // h[1] is a random start in [-10^12, 10^12]; steps up to p, then down
    std::vector<long long> h(n + 1);
    uint64_t state = seed;
    h[1] = static_cast<long long>(splitmix(state) % 2000000000001ULL) - 1000000000000LL;
    for (long long i = 2; i <= n; i++) {
        long long step = 1 + static_cast<long long>(splitmix(state) % static_cast<uint64_t>(maxStep));
        h[i] = i <= p ? h[i - 1] + step : h[i - 1] - step;
    }

    say(std::to_string(n));
    for (int asked = 0;;) {
        std::string kind, index;
        if (!readToken(kind)) finish(REJECT, "the submission ended after %d question(s) without naming the summit", asked);
        if (kind != "?" && kind != "!") finish(REJECT, "expected \"?\" or \"!\", got \"%s\"", kind.c_str());
        if (!readToken(index)) finish(REJECT, "the output ended after \"%s\"", kind.c_str());
        long long i;
        if (!parseIndex(index, i)) finish(REJECT, "\"%s %s\": not an integer", kind.c_str(), index.c_str());
        if (i < 1 || i > n) finish(REJECT, "\"%s %lld\" is outside [1, %lld]", kind.c_str(), i, n);
        if (kind == "!") {
            if (i != p) finish(REJECT, "named point %lld, but the summit is at %lld", i, p);
            finish(ACCEPT, "found the summit %lld with %d question(s)", p, asked);
        }
        if (++asked > MAX_QUESTIONS) finish(REJECT, "too many questions: at most %d are allowed", MAX_QUESTIONS);
        say(std::to_string(h[i]));
    }
}
