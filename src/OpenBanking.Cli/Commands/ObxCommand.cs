using System.CommandLine;
using OpenBanking.Cli.Support;

namespace OpenBanking.Cli.Commands;

/// <summary>The obx command line.</summary>
public static class ObxCommand
{
    /// <summary>Parses <paramref name="args"/> and runs the command they name; the exit code.</summary>
    public static Task<int> Run(string[] args, ObxEnvironment environment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand("obx: the UK Open Banking Read/Write API from the terminal")
        {
            DemoCommand.Create(environment),
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
                environment.Error.WriteLine($"obx: {error.Message}");
            }

            environment.Error.WriteLine("obx: see obx --help");
            return Task.FromResult(ExitCodes.Problem);
        }

        return parsed.InvokeAsync(new InvocationConfiguration { Output = environment.Output, Error = environment.Error }, cancellation);
    }
}
