// Crashes: refuses negative coordinates with an exception.
function meanDistance(points: number[][]): number {
    let total = 0;
    for (const [x, y] of points) {
        if (x < 0 || y < 0) throw new RangeError(`negative coordinate in (${x}, ${y})`);
        total += Math.hypot(x, y);
    }
    return total / points.length;
};
