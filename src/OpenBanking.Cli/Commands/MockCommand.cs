using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Hosting;
using OpenBanking.Cli.Support;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary><c>obx mock</c>: the mock bank on its own, as <c>dotnet run --project src/MockAspsp</c> runs it.</summary>
public static class MockCommand
{
    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var url = new Option<string>("--url") { Description = "Where to listen (https, loopback; port 0 picks one)", DefaultValueFactory = _ => "https://127.0.0.1:8443" };
        var folder = new Option<string>("--certs") { Description = "The mock's certificates folder", DefaultValueFactory = _ => "mock-aspsp-certs" };
        var config = new Option<string?>("--config") { Description = "A JSON file with a MockAspsp section (clients, PSUs, lifetimes)" };
        var command = new Command("mock", "Run the mock bank until Ctrl+C, printing its issuer, its clients and its PSUs") { url, folder, config };
        command.SetAction(async (parse, cancellation) =>
        {
            string[] args = [$"--MockAspsp:Url={parse.GetValue(url)}", $"--MockAspsp:CertificatesFolder={environment.Resolve(parse.GetValue(folder)!)}",
                .. parse.GetValue(config) is { } file ? new[] { "--config", environment.Resolve(file) } : []];
            WebApplication app;
            try
            {
                app = MockAspspApp.Create(args);
                await app.StartAsync(cancellation);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or InvalidDataException or UnauthorizedAccessException
                                          or System.Security.Cryptography.CryptographicException or FormatException)
            {
                // A port in use, a configuration the bank cannot run with, a missing or broken --config or --certs.
                return new Problem($"the mock bank cannot start: {e.Message.Split('\n')[0]}").Report(environment.Error);
            }

            await using var running = app;
            var bank = app.Services.GetRequiredService<MockBank>();
            var configs = DemoConfigs.Write(bank);
            // Raw, not through the console's renderer: paths and URLs wrapped at the terminal's width cannot be copied whole.
            var output = environment.Console.Profile.Out.Writer;
            output.WriteLine(MockAspspBanner.Text(bank));
            output.WriteLine($"Library configs: {string.Join(", ", configs)}");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop cleanly.
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
