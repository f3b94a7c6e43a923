import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));

        // Read the input with in.readLine() (null at the end); split a line into
        // tokens with new StringTokenizer(line).
        // Write the answer with out.println(...).

        out.flush();
    }
}
