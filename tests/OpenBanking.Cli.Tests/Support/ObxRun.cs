using System.Diagnostics;
using System.Globalization;
using NUnit.Framework;

namespace OpenBanking.Cli.Tests.Support;

/// <summary>One obx run in-process: its exit code, what it wrote, how long it took and how much it allocated.</summary>
public sealed record ObxRun(int Exit, string Error, string Screen, string Output, TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>Runs obx with <paramref name="args"/> in a fresh terminal.</summary>
    public static async Task<ObxRun> Of(string folder, params string[] args)
    {
        var terminal = new TestTerminal(folder);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var exit = await terminal.Run(args);
        clock.Stop();
        return new ObxRun(exit, terminal.Error.ToString(), terminal.Screen.ToString(), terminal.Output.ToString(), clock.Elapsed,
            GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    /// <summary>The one error line, without its line break.</summary>
    public string Line => Error.TrimEnd('\n', '\r');

    /// <summary>
    /// Asserts the run failed the way a bank's failure must: exit 2, exactly one line on standard error starting with
    /// "obx: ", no raw control character, bidi control or line break in anything written, within the limits given.
    /// </summary>
    public void FailedWithOneCleanLine(TimeSpan within, long maxAllocatedBytes)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Exit, Is.EqualTo(2), $"exit code; error: {Error}");
            Assert.That(Line.Split('\n'), Has.Length.EqualTo(1), $"one line: {Error}");
            Assert.That(Line, Does.StartWith("obx: "));
            Assert.That(Unsafe(Error + Screen + Output), Is.Empty, "no raw control characters on the terminal");
            Assert.That(Elapsed, Is.LessThan(within), "bounded time");
            Assert.That(AllocatedBytes, Is.LessThan(maxAllocatedBytes), "bounded memory (bytes allocated during the run)");
        });
    }

    /// <summary>The characters a terminal would act on rather than show, other than the line breaks between lines.</summary>
    public static IReadOnlyList<string> Unsafe(string text) =>
        text.Where(c => (char.IsControl(c) && c != '\n') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029')
            .Distinct()
            .Select(c => $"U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}")
            .ToList();
}
