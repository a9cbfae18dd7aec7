using BenchmarkDotNet.Running;

namespace OpenBanking.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/OpenBanking.Benchmarks -- --filter '*'</c>, or <c>-- --paired</c> for the
/// drift-proof ratios (README: Benchmarks). Not <c>Program</c>: the mock bank, which the flow benchmarks start,
/// declares a global one.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is ["--paired"])
        {
            PairedRatios.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
