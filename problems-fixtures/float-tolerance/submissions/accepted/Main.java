// Scientific notation with nine decimals: 3.333333333e-01, 1.000000000e+09
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(String.format("%.9e", (double) a / (double) b));
    }
}
