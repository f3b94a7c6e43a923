/* Wrong: the right point, rounded to one decimal (off by up to 0.05, far beyond 1e-6). */
#include <math.h>
#include <stdio.h>

int main(void) {
    double x1, y1, r1, x2, y2, r2;
    if (scanf("%lf %lf %lf %lf %lf %lf", &x1, &y1, &r1, &x2, &y2, &r2) != 6) return 1;
    double dx = x2 - x1, dy = y2 - y1, d = hypot(dx, dy);
    double a = (r1 * r1 - r2 * r2 + d * d) / (2 * d);
    double h = sqrt(fmax(0.0, r1 * r1 - a * a));
    printf("%.1f %.1f\n", x1 + a * dx / d - h * dy / d, y1 + a * dy / d + h * dx / d);
    return 0;
}
