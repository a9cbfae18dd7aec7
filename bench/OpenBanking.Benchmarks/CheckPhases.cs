using System.Diagnostics;
using OpenBanking.Conformance.Reports;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Benchmarks;

/// <summary>
/// <c>-- --check-phases FILE [RUNS]</c>: where <c>obx check FILE</c> spends its time, phase by phase (file read, reading
/// and scrubbing the recording, the rules, the report), in one process: the first run cold as obx runs, the others warm.
/// Time, bytes allocated and garbage collections of each phase (docs/check.md: Speed).
/// </summary>
public static class CheckPhases
{
    public static void Run(string file, int runs, TextWriter output)
    {
        for (var run = 1; run <= runs; run++)
        {
            var text = Phase(output, run, "file read", () => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file)));
            var traffic = Phase(output, run, "read + scrub", () => TrafficReader.Read(text, file).Match(Right: t => t, Left: e => throw new InvalidOperationException(e.ToString())));
            var report = Phase(output, run, "rules", () => Checker.Check(traffic));
            _ = Phase(output, run, "text report", () => TextReport.Write([report]));
        }
    }

    private static T Phase<T>(TextWriter output, int run, string name, Func<T> work)
    {
        var collections = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        output.WriteLine($"run {run} {name,-14} {clock.ElapsedMilliseconds,6} ms {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1_000_000,6} MB allocated {GC.CollectionCount(0) - collections,4} GCs");
        return result;
    }
}
