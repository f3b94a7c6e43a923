// Hostile: looks for the judge's answer files (the package's data folder, /data, parent
// folders, the root) and prints what it finds, else a fixed guess. The sandbox must not let it
// see the test data, so it gets wrong answer (the guess 0 fails the first sample).
#include <dirent.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

static bool endsWith(const std::string &s, const std::string &suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

static std::string readFile(const std::string &path) {
    std::ifstream in(path);
    if (!in) return "";
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str().substr(0, 4096);
}

// breadth-first over a few folders, at most a few hundred entries, collecting *.ans files
static std::vector<std::string> findAnswers(std::vector<std::string> queue) {
    std::vector<std::string> found;
    size_t seen = 0;
    for (size_t i = 0; i < queue.size() && seen < 500; i++) {
        DIR *dir = opendir(queue[i].c_str());
        if (!dir) continue;
        std::fprintf(stderr, "listing %s\n", queue[i].c_str());
        while (dirent *entry = readdir(dir)) {
            std::string name = entry->d_name;
            if (name == "." || name == "..") continue;
            seen++;
            std::string path = queue[i] + "/" + name;
            if (endsWith(name, ".ans")) found.push_back(path);
            else if (entry->d_type == DT_DIR && queue.size() < 200 && name != "proc" && name != "sys")
                queue.push_back(path);
        }
        closedir(dir);
    }
    return found;
}

int main() {
    long long a = 0, b = 0;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 0;
    const char *direct[] = {"../data/secret/01-zero.ans", "../../data/sample/1.ans", "data/sample/1.ans",
                            "/data/sample/1.ans", "judge.ans", "../judge.ans", "/judge.ans"};
    for (const char *path : direct) {
        std::string text = readFile(path);
        if (!text.empty()) {
            std::fprintf(stderr, "read %s\n", path);
            std::fputs(text.c_str(), stdout);
            return 0;
        }
    }
    for (const std::string &path : findAnswers({".", "..", "../..", "/data", "/problems", "/work", "/tmp", "/"})) {
        std::string text = readFile(path);
        if (!text.empty()) {
            std::fprintf(stderr, "read %s\n", path.c_str());
            std::fputs(text.c_str(), stdout);
            return 0;
        }
    }
    std::puts("0");  // nothing found: a fixed guess
}
