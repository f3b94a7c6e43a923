import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer numbers = new StringTokenizer(in.readLine());
        long a = Long.parseLong(numbers.nextToken());
        long b = Long.parseLong(numbers.nextToken());
        String name = in.readLine().trim();
        System.out.println("Hello, " + name + "! " + a + " + " + b + " = " + (a + b));
    }
}
