using System;

public static class Program
{
    public static void Main()
    {
        // Read the input: Console.ReadLine() gives the next line (null at the end),
        // Console.In.ReadToEnd() the whole input.
        // Write the answer with Console.WriteLine(...).
    }
}
