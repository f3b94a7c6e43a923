// Verdict's driver for function problems in C++ (docs/FUNCTION-PROBLEMS.md). main.cpp is this
// file, then the user's code (as solution.cpp, by #line), then the generated glue and main().
// What LeetCode's C++ has at hand, header by header: <bits/stdc++.h> would double the compile time.
#include <algorithm>
#include <array>
#include <bitset>
#include <cassert>
#include <cctype>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <limits>
#include <list>
#include <mutex>
#include <atomic>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
#include <sys/resource.h>
#include <unistd.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

namespace verdict {

const size_t MAX_NODES = 1000000;
/** True while the driver reads a test: a failure then is the driver's, not the user's. */
bool parsing = false;

struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Reader {
    const std::string &s;
    size_t i = 0;
    explicit Reader(const std::string &text) : s(text) {}

    [[noreturn]] void fail(const std::string &what) {
        throw InputError(what + " at character " + std::to_string(i + 1));
    }
    void ws() { while (i < s.size() && (unsigned char)s[i] <= ' ') i++; }
    void expect(char c) {
        ws();
        if (i >= s.size() || s[i] != c) fail(std::string("expected '") + c + "'");
        i++;
    }
    /** After '[': true (and past ']') when the array is empty. */
    bool empty() {
        ws();
        if (i < s.size() && s[i] == ']') { i++; return true; }
        return false;
    }
    /** After an element: true past ',', false past ']'. */
    bool more() {
        ws();
        if (i < s.size() && s[i] == ',') { i++; return true; }
        expect(']');
        return false;
    }
    bool isNull() {
        ws();
        if (s.compare(i, 4, "null") == 0) { i += 4; return true; }
        return false;
    }
    std::string number() {
        ws();
        size_t start = i;
        while (i < s.size() && std::strchr("+-0123456789.eE", s[i]) != nullptr && s[i] != '\0') i++;
        if (start == i) fail("expected a number");
        return s.substr(start, i - start);
    }
    int readInt() { return (int)std::stoll(number()); }
    long long readLong() { return std::stoll(number()); }
    double readDouble() { return std::strtod(number().c_str(), nullptr); }
    bool readBool() {
        ws();
        if (s.compare(i, 4, "true") == 0) { i += 4; return true; }
        if (s.compare(i, 5, "false") == 0) { i += 5; return false; }
        fail("expected true or false");
    }
    unsigned hex4() {
        if (i + 4 > s.size()) fail("bad \\u escape");
        unsigned value = (unsigned)std::stoul(s.substr(i, 4), nullptr, 16);
        i += 4;
        return value;
    }
    static void utf8(std::string &out, unsigned cp) {
        if (cp < 0x80) out += (char)cp;
        else if (cp < 0x800) { out += (char)(0xC0 | (cp >> 6)); out += (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out += (char)(0xE0 | (cp >> 12)); out += (char)(0x80 | ((cp >> 6) & 0x3F)); out += (char)(0x80 | (cp & 0x3F));
        } else {
            out += (char)(0xF0 | (cp >> 18)); out += (char)(0x80 | ((cp >> 12) & 0x3F));
            out += (char)(0x80 | ((cp >> 6) & 0x3F)); out += (char)(0x80 | (cp & 0x3F));
        }
    }
    std::string readString() {
        expect('"');
        std::string out;
        for (;;) {
            if (i >= s.size()) fail("unterminated string");
            char c = s[i++];
            if (c == '"') return out;
            if (c != '\\') { out += c; continue; }
            char e = s[i++];
            switch (e) {
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s.compare(i, 2, "\\u") == 0) {
                        i += 2;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
                    }
                    utf8(out, cp);
                    break;
                }
                default: out += e;
            }
        }
    }
    std::vector<std::optional<int>> nodeValues() {
        std::vector<std::optional<int>> values;
        expect('[');
        if (!empty()) do {
            if (isNull()) values.push_back(std::nullopt);
            else values.push_back(readInt());
        } while (more());
        return values;
    }
    ListNode *readList() {
        ListNode head, *tail = &head;
        for (auto &value : nodeValues()) tail = tail->next = new ListNode(*value);
        return head.next;
    }
    TreeNode *readTree() {
        auto values = nodeValues();
        if (values.empty() || !values[0]) return nullptr;
        TreeNode *root = new TreeNode(*values[0]);
        std::deque<TreeNode *> queue{root};
        for (size_t at = 1; at < values.size();) {
            TreeNode *node = queue.front();
            queue.pop_front();
            if (at < values.size() && values[at]) queue.push_back(node->left = new TreeNode(*values[at]));
            at++;
            if (at < values.size() && values[at]) queue.push_back(node->right = new TreeNode(*values[at]));
            at++;
        }
        return root;
    }
};

struct Writer {
    std::string b;
    void raw(const char *text) { b += text; }
    void writeInt(long long v) { b += std::to_string(v); }
    void writeLong(long long v) { b += std::to_string(v); }
    void writeBool(bool v) { b += v ? "true" : "false"; }
    void writeDouble(double v) {
        if (!std::isfinite(v)) { b += "null"; return; }
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", v);
        b += text;
    }
    void writeString(const std::string &v) {
        b += '"';
        for (unsigned char c : v) {
            if (c == '"' || c == '\\') { b += '\\'; b += (char)c; }
            else if (c < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                b += escape;
            } else b += (char)c;
        }
        b += '"';
    }
    void writeList(ListNode *node) {
        b += '[';
        for (size_t count = 0; node != nullptr; node = node->next, count++) {
            if (count >= MAX_NODES) throw std::runtime_error("the returned list has more than 1000000 nodes (a cycle?)");
            if (count > 0) b += ',';
            b += std::to_string(node->val);
        }
        b += ']';
    }
    void writeTree(TreeNode *root) {
        std::vector<TreeNode *> queue;
        if (root != nullptr) queue.push_back(root);
        std::vector<std::string> values;
        for (size_t head = 0; head < queue.size(); head++) {
            TreeNode *node = queue[head];
            if (node == nullptr) { values.push_back("null"); continue; }
            if (values.size() >= MAX_NODES) throw std::runtime_error("the returned tree has more than 1000000 nodes (a cycle?)");
            values.push_back(std::to_string(node->val));
            queue.push_back(node->left);
            queue.push_back(node->right);
        }
        while (!values.empty() && values.back() == "null") values.pop_back();
        b += '[';
        for (size_t k = 0; k < values.size(); k++) { if (k > 0) b += ','; b += values[k]; }
        b += ']';
    }
};

long long micros(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return (long long)now.tv_sec * 1000000 + now.tv_nsec / 1000;
}

std::mutex writing;
/** The test running now (-1 between tests) and the CPU clock when it started. */
std::atomic<long long> current{-1}, started{0};
void write(const std::string &text);

/** The tests, read from stdin while static objects are made: before any of the user's. */
struct Input {
    std::string nonce;
    std::vector<std::string> tests;
    Input() {
        std::string data;
        size_t newlines = 0, need = 0;
        char buffer[1 << 16];
        while (need == 0 || newlines < need) {
            ssize_t got = ::read(0, buffer, sizeof buffer);
            if (got <= 0) _exit(0);  // the judge closed stdin early: it wants no more
            newlines += std::count(buffer, buffer + got, '\n');
            data.append(buffer, (size_t)got);
            if (need == 0 && newlines >= 2) {
                size_t first = data.find('\n');
                need = 2 + std::stoul(data.substr(first + 1, data.find('\n', first + 1) - first - 1));
            }
        }
        std::vector<std::string> lines;
        size_t start = 0;
        for (size_t line = 0; line < need; line++) {
            size_t end = data.find('\n', start);
            lines.push_back(data.substr(start, end - start));
            start = end + 1;
        }
        nonce = lines[0];
        tests.assign(lines.begin() + 2, lines.end());
        // a line on stdin asks how much CPU the running test has used; the end of stdin means stop
        std::thread([] {
            char rest[1 << 16];
            for (ssize_t got; (got = ::read(0, rest, sizeof rest)) > 0;) {
                for (ssize_t k = 0; k < got; k++) {
                    if (rest[k] != '\n') continue;
                    long long index = current.load();
                    long long used = index >= 0 ? micros(CLOCK_PROCESS_CPUTIME_ID) - started.load() : 0;
                    write("P " + std::to_string(index) + " " + std::to_string(std::max(0LL, used)));
                }
            }
            _exit(0);
        }).detach();
    }
};
Input input;

void write(const std::string &text) {
    std::string data = "\n" + input.nonce + " " + text + "\n";
    std::lock_guard<std::mutex> hold(writing);
    for (size_t done = 0; done < data.size();) {
        ssize_t wrote = ::write(1, data.data() + done, data.size() - done);
        if (wrote <= 0) _exit(1);
        done += (size_t)wrote;
    }
}

void emit(const std::string &text) {
    std::cout.flush();
    std::fflush(stdout);
    write(text);
}

std::string json(const std::string &text) {
    Writer w;
    w.writeString(text);
    return w.b;
}

int loop(std::string (*run)(const std::string &)) {
    for (size_t index = 0; index < input.tests.size(); index++) {
        emit("S " + std::to_string(index));
        parsing = true;
        long long cpu = micros(CLOCK_PROCESS_CPUTIME_ID), wall = micros(CLOCK_MONOTONIC);
        started = cpu;
        current = (long long)index;
        std::string kind = "E", result;
        try {
            result = run(input.tests[index]);
        } catch (const std::exception &error) {
            kind = "X";
            result = json(std::string("exception: ") + error.what());
        } catch (...) {
            kind = "X";
            result = json("an exception that is not a std::exception");
        }
        if (kind == "X" && parsing) {
            emit("F " + std::to_string(index) + " " + result);
            continue;
        }
        current = -1;
        cpu = micros(CLOCK_PROCESS_CPUTIME_ID) - cpu;
        wall = micros(CLOCK_MONOTONIC) - wall;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        emit(kind + " " + std::to_string(index) + " " + std::to_string(cpu) + " " + std::to_string(wall) + " " +
             std::to_string(usage.ru_maxrss) + " " + result);
    }
    emit("D");
    return 0;
}

}  // namespace verdict
