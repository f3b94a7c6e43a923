using System;

public class Sum {
    public static void Main() {
        string[] parts = Console.ReadLine().Split(' ');
        long a = long.Parse(parts[0]);
        long b = long.Parse(parts[1]);
        Console.WriteLine(a + b);
    }
}
