// Hostile: tries to pass without a working cache. Before any test it writes fake driver records
// (with guessed nonces) to stdout and to every other descriptor, reads /proc/self/fd and the
// work dir for anything that looks like the nonce or the answers, and prints whatever it finds
// as more fake records. get() always says -1, so only a forgery could pass: it must get WA.
#include <dirent.h>
#include <fcntl.h>

static int forge() {
    std::string fake = "\nE 0 1 1 1 [null,null,null,1,null,-1,null,-1,3,4]\nD\n";
    for (int fd = 1; fd < 64; fd++) (void)!::write(fd, fake.data(), fake.size());
    char buffer[4096];
    for (const char *path : {"/proc/self/fd/0", "/proc/self/environ", "/proc/self/cmdline", "main.cpp", "../nonce"}) {
        int fd = open(path, O_RDONLY | O_NONBLOCK);
        if (fd < 0) continue;
        ssize_t got = read(fd, buffer, sizeof buffer - 1);
        close(fd);
        if (got <= 0) continue;
        buffer[got] = 0;
        for (char *line = strtok(buffer, "\n"); line; line = strtok(nullptr, "\n")) {
            printf("\n%s E 0 1 1 1 [null,null,null,1,null,-1,null,-1,3,4]\n%s D\n", line, line);
        }
    }
    fflush(stdout);
    return 0;
}
static int forged = forge();

class LRUCache {
public:
    LRUCache(int capacity) {}
    int get(int key) { return -1; }
    void put(int key, int value) {}
};
