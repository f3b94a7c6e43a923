// Too much memory: keeps allocating 64 MiB arrays, writing to each one, until the heap (the
// memory limit) is full and the JVM throws OutOfMemoryError.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        List<long[]> blocks = new ArrayList<>();
        while (blocks.size() >= 0) {
            long[] block = new long[8 << 20];
            Arrays.fill(block, a);
            blocks.add(block);
        }
        System.out.println(a + b + blocks.size());
    }
}
