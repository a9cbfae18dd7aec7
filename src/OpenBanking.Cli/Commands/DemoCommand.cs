using OpenBanking.Core.Consents;
using System.CommandLine;
using MockAspsp.Hosting;
using OpenBanking.Cli.Support;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Flows;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx demo</c>: the whole account-information flow against the mock bank, started in-process on 127.0.0.1 with
/// HTTPS and required client certificates, run over real mutual TLS by the library; with <c>--pay</c>, then the payment
/// flow of <c>obx pay</c> (<see cref="PayCommand"/>) on the same bank, with its defaults.
/// </summary>
public static class DemoCommand
{
    /// <summary>--auth: the demo client by its authentication method.</summary>
    internal static Option<string> AuthOption()
    {
        var auth = new Option<string>("--auth") { Description = "Client authentication method", DefaultValueFactory = _ => "private_key_jwt" };
        auth.AcceptOnlyFromAmong(TokenEndpointAuthMethods.All.ToArray());
        return auth;
    }

    /// <summary>--psu: the seeded PSU who approves.</summary>
    internal static Option<string> PsuOption()
    {
        var psu = new Option<string>("--psu") { Description = "The PSU who approves: amelia, oliver or northwind", DefaultValueFactory = _ => "amelia" };
        psu.AcceptOnlyFromAmong(PsuDirectory.Defaults.Select(p => p.Username).ToArray());
        return psu;
    }

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var auth = AuthOption();
        var psu = PsuOption();
        var json = new Option<bool>("--json") { Description = "Write the results as JSON instead of tables" };
        var record = new Option<string?>("--record") { Description = "Write the exchanges as a fixture into this folder" };
        var work = new Option<string?>("--work") { Description = "Where the mock's certificates are kept (default: obx-demo-<user> in the temp folder)" };
        var pay = new Option<bool>("--pay") { Description = "Then make a payment, as obx pay does with its defaults" };
        var command = new Command("demo", "Run the whole flow against the embedded mock bank over real mutual TLS") { auth, psu, json, record, work, pay };
        command.SetAction((parse, cancellation) => Run(environment, parse.GetValue(auth)!, parse.GetValue(psu)!, parse.GetValue(json),
            parse.GetValue(record), parse.GetValue(work), parse.GetValue(pay), cancellation));
        return command;
    }

    private static async Task<int> Run(
        ObxEnvironment environment, string auth, string psu, bool json, string? record, string? work, bool pay, CancellationToken cancellation)
    {
        var fixture = record is null ? null : Path.Combine(environment.Resolve(record), $"demo-{auth.Replace('_', '-')}.json");
        if (fixture is not null && EmbeddedBank.RecordProblem(fixture) is { } recordProblem)
        {
            return recordProblem.Report(environment.Error);
        }

        // The payment is obx pay's default, checked as any order is, before the bank starts.
        if (!PayCommand.Checked(environment, PaymentOrder.Demo).TryRight(out var payment, out var invalid))
        {
            return invalid;
        }

        var console = environment.Console;
        if (!json)
        {
            console.MarkupLine($"[bold]obx demo[/]: the account-information flow{(pay ? " and a payment" : "")} with [bold]{auth}[/], against the mock bank on 127.0.0.1 over mutual TLS");
        }

        if (!(await EmbeddedBank.Start(environment, work, auth, cancellation)).TryRight(out var started, out var problem))
        {
            return problem.Report(environment.Error);
        }

        await using var bank = started;
        if (!json)
        {
            console.MarkupLine(bank.Description);
        }

        var http = bank.Recording(fixture, "obx demo", environment, psu);
        var client = new AccountInformationClient(bank.Config, http, environment.Time);
        var steps = new Steps(environment, quiet: json);

        var token = await steps.Run($"Client credentials token ({auth})", () => client.ClientCredentialsToken(cancellationToken: cancellation));
        var consent = await steps.Run("Account access consent created", () => client.CreateConsent(token!.AccessToken, cancellationToken: cancellation));
        var url = await steps.Run("Consent URL with a signed request object", () => client.ConsentUrl(consent!.ConsentId).ToAsync());
        var redirect = await steps.Run($"PSU {psu} approves (headless)", () => EmbeddedBank.Approve(http, url!, psu, null, cancellation));
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

        (PaymentReport Payment, PaymentReadBack ReadBack)? paid = null;
        if (pay)
        {
            if (!(await PayCommand.Run(environment, bank, http, steps, payment, psu, null, cancellation)).TryRight(out var outcome, out var payProblem))
            {
                return payProblem.Report(environment.Error);
            }

            paid = outcome;
        }

        if (json)
        {
            JsonOutput.Write(environment, new
            {
                auth_method = auth,
                issuer = bank.Bank.Issuer.Value,
                consent_id = consent!.ConsentId,
                steps = steps.Done.Select(s => new { name = s.Name, ms = s.Milliseconds }),
                accounts = accounts!.Items,
                balances = balances!.Items,
                transactions,
                payment = paid?.Payment.Json(paid.Value.ReadBack),
            });
            return ExitCodes.Success;
        }

        Tables.Accounts(console, accounts!.Items);
        Tables.Balances(console, balances!.Items);
        Tables.RecentTransactions(console, transactions!, 10);
        paid?.Payment.Write(console, paid.Value.ReadBack);
        console.MarkupLine($"[green]Done:[/] {accounts.Items.Count} accounts, {balances.Items.Count} balances, {transactions!.Count} transactions{(paid is null ? "" : ", a payment")} in {steps.Done.Sum(s => s.Milliseconds)} ms.");
        if (record is not null)
        {
            console.MarkupLine($"Exchanges recorded in {TerminalText.Markup(environment.Resolve(record))}.");
        }

        return ExitCodes.Success;
    }
}
