// Main.java + Helper.java, plus JudgeIO.java, which the judge adds from include/java/.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(System.in));
        int t = (int) JudgeIO.readLong(in);
        for (int i = 0; i < t; i++) {
            long[] pair = JudgeIO.readLongs(in, 2);
            JudgeIO.out.println(Helper.gcd(pair[0], pair[1]) + " " + Helper.lcm(pair[0], pair[1]));
        }
        JudgeIO.out.flush();
    }
}
