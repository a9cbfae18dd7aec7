using System.Diagnostics;
using LanguageExt;
using OpenBanking.Core.Errors;
using Spectre.Console;

namespace OpenBanking.Cli.Support;

/// <summary>
/// Runs a flow's steps one after another: a spinner while a step runs, then a line with its duration. The first
/// failure stops the run and is kept, with the name of the step it happened in.
/// </summary>
public sealed class Steps(ObxEnvironment environment, bool quiet)
{
    private readonly List<(string Name, long Milliseconds)> _done = [];

    /// <summary>The steps that finished, with their durations.</summary>
    public IReadOnlyList<(string Name, long Milliseconds)> Done => _done;

    /// <summary>The failure, once a step has failed.</summary>
    public Problem? Failure { get; private set; }

    /// <summary>Runs <paramref name="step"/> unless an earlier one failed; its value, or null when it failed or did not run.</summary>
    public async Task<T?> Run<T>(string name, Func<EitherAsync<OpenBankingError, T>> step)
        where T : class
    {
        if (Failure is not null)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        // A spinner only on a terminal: redirected output (a CI log) gets just the line per step.
        var result = quiet || !environment.Console.Profile.Capabilities.Interactive
            ? await step().ToEither()
            : await environment.Console.Status().Spinner(Spinner.Known.Dots).StartAsync(name, _ => step().ToEither());
        var elapsed = clock.ElapsedMilliseconds;
        if (result.TryRight(out var value, out var error))
        {
            _done.Add((name, elapsed));
        }
        else
        {
            Failure = Problem.From(error, name);
        }

        if (!quiet)
        {
            environment.Console.MarkupLine(value is not null
                ? $"[green]✓[/] {TerminalText.Markup(name)} [grey]({elapsed} ms)[/]"
                : $"[red]✗[/] {TerminalText.Markup(name)} [grey]({elapsed} ms)[/]");
        }

        return value;
    }
}
