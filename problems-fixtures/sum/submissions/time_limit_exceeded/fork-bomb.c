/* Hostile: a fork bomb. The pid limit stops the forks; the processes keep spinning and their
 * CPU time (of the whole tree) passes the limit: time limit exceeded. */
#include <unistd.h>

int main(void) {
    for (;;) fork();
}
