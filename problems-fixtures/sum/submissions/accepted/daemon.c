/* Hostile but correct: leaves a daemon behind (fork, setsid, fork again, spin forever) and
 * the original process prints the right answer and exits. The orphan must not change the
 * verdict: the judge ends the whole process tree when the program ends. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        if (fork() == 0) {
            /* the grandchild keeps the inherited stdout open and burns CPU forever */
            volatile unsigned long spin = 0;
            for (;;) spin++;
        }
        _exit(0);
    }
    printf("%lld\n", a + b);
    fflush(stdout);
    return 0;
}
