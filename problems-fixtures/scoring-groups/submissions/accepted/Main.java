// O(sqrt n) by blocks: floor(n / k) takes each value on a run of k; add a whole run at once.
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        long n = new Scanner(System.in).nextLong();
        long total = 0;
        for (long k = 1; k <= n; ) {
            long q = n / k;
            long last = n / q;
            total += q * (last - k + 1);
            k = last + 1;
        }
        System.out.println(total);
    }
}
