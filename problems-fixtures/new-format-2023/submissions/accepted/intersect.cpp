// The intersection point to the left of the line from centre 1 to centre 2.
#include <cmath>
#include <cstdio>

int main() {
    double x1, y1, r1, x2, y2, r2;
    if (std::scanf("%lf %lf %lf %lf %lf %lf", &x1, &y1, &r1, &x2, &y2, &r2) != 6) return 1;
    double dx = x2 - x1, dy = y2 - y1, d = std::hypot(dx, dy);
    double a = (r1 * r1 - r2 * r2 + d * d) / (2 * d);
    double h = std::sqrt(std::fmax(0.0, r1 * r1 - a * a));
    double mx = x1 + a * dx / d, my = y1 + a * dy / d;
    std::printf("%.10f %.10f\n", mx - h * dy / d, my + h * dx / d);
}
