using System.Globalization;
using CsCheck;
using NUnit.Framework;

namespace OpenBanking.Core.Tests.Robustness;

/// <summary>
/// Runs a property with CsCheck: <c>OBFX_PROPERTY_ITERATIONS</c> sets how many inputs (the bounded default otherwise),
/// <c>OBFX_PROPERTY_SEED</c> replays the seed a failure printed. The count of inputs each property ran goes to the
/// test output, for docs/robustness.md.
/// </summary>
internal static class PropertyRun
{
    public const string IterationsVariable = "OBFX_PROPERTY_ITERATIONS";
    public const string SeedVariable = "OBFX_PROPERTY_SEED";

    /// <summary>Inputs per property in the bounded run (dotnet test with no variable set).</summary>
    public const long DefaultIterations = 400;

    /// <summary>The number of inputs each property runs: the variable's, or <paramref name="bounded"/>.</summary>
    public static long Iterations(long bounded) =>
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : bounded;

    /// <summary>Checks <paramref name="property"/> on inputs from <paramref name="gen"/>; a failure names its seed (CsCheck shrinks it first).</summary>
    public static void Check<T>(string name, Gen<T> gen, Action<T> property, Func<T, string> print, long bounded = DefaultIterations)
    {
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } s ? s : null;
        var iterations = Iterations(bounded);
        var started = System.Diagnostics.Stopwatch.StartNew();
        gen.Sample(property, writeLine: null, seed: seed, iter: iterations, print: print);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"property {name}: {iterations} inputs, all passed, {started.Elapsed.TotalSeconds:F1} s (replay a failure with {SeedVariable}=<seed>)"));
    }
}
