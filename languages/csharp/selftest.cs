using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        long[] numbers = Console.ReadLine().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        string name = Console.ReadLine().Trim();
        Console.WriteLine($"Hello, {name}! {numbers[0]} + {numbers[1]} = {numbers[0] + numbers[1]}");
    }
}
