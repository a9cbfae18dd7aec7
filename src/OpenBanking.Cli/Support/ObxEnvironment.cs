using Spectre.Console;

namespace OpenBanking.Cli.Support;

/// <summary>
/// Everything obx touches outside itself: the terminal, standard input, the clock, the current folder and the browser.
/// Tests pass their own, so the commands run in-process with nothing real behind them but what the test starts.
/// </summary>
/// <param name="Console">Where human-readable output goes.</param>
/// <param name="Output">Where machine-readable output (--json) goes, unformatted.</param>
/// <param name="Error">Where errors go: one line each.</param>
/// <param name="Input">Where a pasted redirect URL comes from.</param>
/// <param name="Time">The clock (token expiry, request objects).</param>
/// <param name="WorkingDirectory">The folder relative paths start from.</param>
/// <param name="OpenBrowser">Opens a URL in a browser; false when there is none.</param>
public sealed record ObxEnvironment(
    IAnsiConsole Console,
    TextWriter Output,
    TextWriter Error,
    TextReader Input,
    TimeProvider Time,
    string WorkingDirectory,
    Func<Uri, bool> OpenBrowser)
{
    /// <summary>The real terminal, clock and browser.</summary>
    public static ObxEnvironment System() => new(
        AnsiConsole.Console, global::System.Console.Out, global::System.Console.Error, global::System.Console.In,
        TimeProvider.System, Environment.CurrentDirectory, Browser.TryOpen);

    /// <summary>A path as the user meant it: relative to <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
