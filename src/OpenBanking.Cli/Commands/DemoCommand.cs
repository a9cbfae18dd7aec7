using OpenBanking.Core.Consents;
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockAspsp.Hosting;
using OpenBanking.Cli.Support;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx demo</c>: the whole account-information flow against the mock bank, started in-process on 127.0.0.1 with
/// HTTPS and required client certificates, run over real mutual TLS by the library.
/// </summary>
public static class DemoCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var auth = new Option<string>("--auth") { Description = "Client authentication method", DefaultValueFactory = _ => "private_key_jwt" };
        auth.AcceptOnlyFromAmong(TokenEndpointAuthMethods.All.ToArray());
        var psu = new Option<string>("--psu") { Description = "The PSU who approves: amelia, oliver or northwind", DefaultValueFactory = _ => "amelia" };
        psu.AcceptOnlyFromAmong(PsuDirectory.Defaults.Select(p => p.Username).ToArray());
        var json = new Option<bool>("--json") { Description = "Write the results as JSON instead of tables" };
        var record = new Option<string?>("--record") { Description = "Write the exchanges as a fixture into this folder" };
        var work = new Option<string?>("--work") { Description = "Where the mock's certificates are kept (default: obx-demo-<user> in the temp folder)" };
        var command = new Command("demo", "Run the whole flow against the embedded mock bank over real mutual TLS") { auth, psu, json, record, work };
        command.SetAction((parse, cancellation) => Run(environment, parse.GetValue(auth)!, parse.GetValue(psu)!, parse.GetValue(json),
            parse.GetValue(record), parse.GetValue(work), cancellation));
        return command;
    }

    private static async Task<int> Run(ObxEnvironment environment, string auth, string psu, bool json, string? record, string? work, CancellationToken cancellation)
    {
        // Per user: another user's obx-demo folder in the shared temp folder is not ours to write.
        var folder = work is null ? Path.Combine(Path.GetTempPath(), $"obx-demo-{Environment.UserName}") : environment.Resolve(work);
        var fixture = record is null ? null : Path.Combine(environment.Resolve(record), $"demo-{auth.Replace('_', '-')}.json");
        if (fixture is not null && RecordProblem(fixture) is { } recordProblem)
        {
            return recordProblem.Report(environment.Error);
        }

        var console = environment.Console;
        if (!json)
        {
            console.MarkupLine($"[bold]obx demo[/]: the account-information flow with [bold]{auth}[/], against the mock bank on 127.0.0.1 over mutual TLS");
        }

        WebApplication app;
        try
        {
            app = MockAspspApp.Create([], new MockAspspOptions { Url = "https://127.0.0.1:0", CertificatesFolder = Path.Combine(folder, "mock-aspsp") },
                environment.Time, configure: builder => builder.Logging.ClearProviders());
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            return new Problem($"the demo's certificates in {Path.Combine(folder, "mock-aspsp")} cannot be used ({e.Message.Split('\n')[0]}); delete the folder or choose another with --work").Report(environment.Error);
        }

        await using var running = app;
        await app.StartAsync(cancellation);
        var bank = app.Services.GetRequiredService<MockBank>();
        var registration = bank.Clients.All.First(c => c.Registration.TokenEndpointAuthMethod == auth).Registration;
        var config = DemoConfigs.For(bank, registration).Validate().Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));
        if (!json)
        {
            console.MarkupLine($"[grey]Mock bank {TerminalText.Markup(bank.Issuer.Value)}, certificates in {TerminalText.Markup(bank.Pki.Folder)}, client {TerminalText.Markup(registration.ClientId)}[/]");
        }

        var created = HttpClientInterpreter.Create(config);
        if (!created.TryRight(out var interpreter, out var error))
        {
            return new Problem($"the demo's transport certificate: {error}").Report(environment.Error);
        }

        using var mtls = interpreter;
        IRequestInterpreter http = record is null
            ? mtls
            : new FixtureRecorder(mtls, fixture!, new Dictionary<string, string>
            {
                ["api_version"] = "v3.1.11",
                ["aisp_base_path"] = config.AisBasePath,
                ["auth_method"] = auth,
                ["issuer"] = bank.Issuer.Value,
                ["recorded_at"] = FixtureDocument.Timestamp(environment.Time.GetUtcNow()),
                ["tool"] = "obx demo",
            });
        var client = new AccountInformationClient(config, http, environment.Time);
        var steps = new Steps(environment, quiet: json);

        var token = await steps.Run($"Client credentials token ({auth})", () => client.ClientCredentialsToken(cancellationToken: cancellation));
        var consent = await steps.Run("Account access consent created", () => client.CreateConsent(token!.AccessToken, cancellationToken: cancellation));
        var url = await steps.Run("Consent URL with a signed request object", () => client.ConsentUrl(consent!.ConsentId).ToAsync());
        var redirect = await steps.Run($"PSU {psu} approves (headless)", () => http.Send(Headless(url!, psu), cancellation).Bind(r => RedirectUrl(r).ToAsync()));
        var grant = await steps.Run("Code exchanged, id_token checked", () =>
            client.CompleteAccountAccess(new PendingAuthorisation<AccountAccessConsent>(token!, consent!, url!), redirect!, cancellation));
        var accounts = await steps.Run("Accounts", () => client.Send(grant!.AccessToken, AccountInformation.Accounts(), cancellationToken: cancellation));
        var balances = await steps.Run("Balances", () => client.Send(grant!.AccessToken, AccountInformation.Balances(), cancellationToken: cancellation));
        var transactions = await steps.Run("Transactions, every page", () => client.ReadAll(grant!.AccessToken, AccountInformation.Transactions(), cancellationToken: cancellation));
        await steps.Run("Consent deleted", () => client.DeleteConsent(token!.AccessToken, consent!.ConsentId, cancellation).Map(_ => "deleted"));

        if (steps.Failure is { } failure)
        {
            return failure.Report(environment.Error);
        }

        if (json)
        {
            environment.Output.WriteLine(TerminalText.Json(JsonSerializer.Serialize(new
            {
                auth_method = auth,
                issuer = bank.Issuer.Value,
                consent_id = consent!.ConsentId,
                steps = steps.Done.Select(s => new { name = s.Name, ms = s.Milliseconds }),
                accounts = accounts!.Items,
                balances = balances!.Items,
                transactions,
            }, Json)));
            return ExitCodes.Success;
        }

        Tables.Accounts(console, accounts!.Items);
        Tables.Balances(console, balances!.Items);
        Tables.RecentTransactions(console, transactions!, 10);
        console.MarkupLine($"[green]Done:[/] {accounts.Items.Count} accounts, {balances.Items.Count} balances, {transactions!.Count} transactions in {steps.Done.Sum(s => s.Milliseconds)} ms.");
        if (record is not null)
        {
            console.MarkupLine($"Exchanges recorded in {TerminalText.Markup(environment.Resolve(record))}.");
        }

        return ExitCodes.Success;
    }

    private static HttpRequestSpec Headless(Core.Authorization.ConsentUrl url, string psu) =>
        new("headless approval", HttpMethod.Post, new Uri(url.Url, "/authorize/headless"), [KeyValuePair.Create("Accept", "application/json")],
            new RequestBody.Json(JsonSerializer.Serialize(new
            {
                consent_url = url.Url.AbsoluteUri,
                username = psu,
                password = PsuDirectory.Defaults.Single(p => p.Username == psu).Password,
            })));

    /// <summary>Why the fixture cannot be written, found before the flow starts rather than in its middle.</summary>
    private static Problem? RecordProblem(string fixture)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fixture)!);
            if (Directory.Exists(fixture))
            {
                return new Problem($"--record: {fixture} is a folder");
            }

            File.AppendAllText(fixture, "");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem($"--record: cannot write {fixture}: {e.Message}");
        }
    }

    /// <summary>The redirect URL the headless approval answers with, or the bank's refusal.</summary>
    public static LanguageExt.Either<Core.Errors.OpenBankingError, string> RedirectUrl(HttpResponseSpec approval)
    {
        if (approval.Status != 200)
        {
            return ResponseErrors.Classify(approval, "headless approval");
        }

        try
        {
            return JsonDocument.Parse(approval.Body).RootElement.GetProperty("redirect_url").GetString() is { } url
                ? url
                : new Core.Errors.ParseError("headless approval", "a redirect_url", "$.redirect_url", "it is null");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new Core.Errors.ParseError("headless approval", "{\"redirect_url\": ...}", "$", "the answer is not that");
        }
    }
}
