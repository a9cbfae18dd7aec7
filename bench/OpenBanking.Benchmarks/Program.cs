using BenchmarkDotNet.Running;

namespace OpenBanking.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/OpenBanking.Benchmarks -- --filter '*'</c>, or <c>-- --paired</c> for the
/// drift-proof ratios (README: Benchmarks), or <c>-- --recording FILE [N]</c> to write a realistic N-exchange recording
/// (default 2,000) for timing <c>obx check</c>, and <c>-- --check-phases FILE [RUNS]</c> for where that time goes
/// (docs/check.md: Speed). Not <c>Program</c>: the mock bank, which the flow benchmarks start,
/// declares a global one.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["--recording", var file, .. var rest])
        {
            var count = rest is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : MockAspsp.TestSupport.LargeRecording.DefaultCount;
            await MockAspsp.TestSupport.LargeRecording.WriteAsync(file, count);
            Console.WriteLine($"{file}: {count} exchanges");
            return;
        }

        if (args is ["--check-phases", var recording, .. var times])
        {
            CheckPhases.Run(recording, times is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Out);
            return;
        }

        if (args is ["--paired"])
        {
            PairedRatios.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
