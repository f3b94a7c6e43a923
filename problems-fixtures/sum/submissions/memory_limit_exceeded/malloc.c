/* Too much memory: allocates 1 GiB and writes to every page of it, so the kernel really
 * commits the memory. The writes go through a volatile pointer: without it GCC may drop the
 * malloc and memset altogether (nothing observable reads the block). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    size_t size = (size_t)1 << 30;
    char *block = malloc(size);
    if (block == NULL) return 2;
    memset(block, 1, size);
    volatile char *touch = block;
    long long check = 0;
    for (size_t i = 0; i < size; i += 4096) {
        touch[i] = (char)(i >> 12);
        check += touch[i];
    }
    printf("%lld\n", a + b + (check == -1));
    return 0;
}
