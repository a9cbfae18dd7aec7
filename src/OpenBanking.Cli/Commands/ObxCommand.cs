using System.CommandLine;
using OpenBanking.Cli.Support;

namespace OpenBanking.Cli.Commands;

/// <summary>The obx command line.</summary>
public static class ObxCommand
{
    /// <summary>
    /// Parses <paramref name="args"/> and runs the command they name; the exit code (<see cref="ExitCodes"/>). An
    /// exception no command expected is one line on standard error and <see cref="ExitCodes.Unexpected"/>; a
    /// cancellation that escapes a command is <see cref="ExitCodes.Cancelled"/>.
    /// </summary>
    public static async Task<int> Run(string[] args, ObxEnvironment environment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand("obx: the UK Open Banking Read/Write API from the terminal")
        {
            DemoCommand.Create(environment),
            PayCommand.Create(environment),
            CertsCommand.Create(environment),
            MockCommand.Create(environment),
            DiscoverCommand.Create(environment),
            LoginCommand.Create(environment),
            ConsentCommand.Create(environment),
            CheckCommand.Create(environment),
        };
        foreach (var resource in ResourceCommands.Create(environment))
        {
            root.Subcommands.Add(resource);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A wrong argument is a problem the user can fix: one line each, exit code 2 (not System.CommandLine's 1).
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine($"obx: {TerminalText.Line(error.Message)}");
            }

            environment.Error.WriteLine("obx: see obx --help");
            return ExitCodes.Problem;
        }

        try
        {
            // Not System.CommandLine's handler: it prints a stack trace and exits 1, which obx check uses for a failed rule.
            return await parsed.InvokeAsync(
                new InvocationConfiguration { Output = environment.Output, Error = environment.Error, EnableDefaultExceptionHandler = false }, cancellation);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            environment.Error.WriteLine($"obx: unexpected error ({e.GetType().Name}): {TerminalText.Line(OneLine(e.Message))}; this is a bug, please report it");
            return ExitCodes.Unexpected;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
