using System.CommandLine;
using OpenBanking.Cli.Support;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx pay</c>: a single immediate domestic payment, step by step with each step's time. Against the embedded mock bank
/// (the default) the PSU approves headless, choosing the account to pay from, and the payment is followed until settled
/// and read back through the Account and Transaction API; with <c>--config</c>, at a real bank, the PSU approves in a
/// browser as for <c>obx login</c>. The order is checked with the library's <see cref="PaymentValidation"/> before
/// anything is sent, every problem at once.
/// </summary>
public static class PayCommand
{
    /// <summary>How often the embedded bank's payment is read while it settles (it completes a second after submission).</summary>
    private static readonly TimeSpan EmbeddedPollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var amount = new Option<string?>("--amount") { Description = "The amount, e.g. 10.50 (default 10.50 at the embedded mock bank; required with --config)" };
        var currency = new Option<string>("--currency") { Description = "The currency (ISO 4217)", DefaultValueFactory = _ => "GBP" };
        var sortCode = new Option<string?>("--creditor-sort-code") { Description = "The payee's sort code, with --creditor-account" };
        var accountNumber = new Option<string?>("--creditor-account") { Description = "The payee's account number, with --creditor-sort-code" };
        var iban = new Option<string?>("--creditor-iban") { Description = "The payee's IBAN, instead of a sort code and account number" };
        var name = new Option<string?>("--creditor-name") { Description = "The payee's name (required with --config)" };
        var reference = new Option<string?>("--reference") { Description = "The reference the payee sees" };
        var config = new Option<string?>("--config") { Description = "Pay at this bank (its config file) instead of the embedded mock bank; the PSU approves in a browser" };
        var noBrowser = new Option<bool>("--no-browser") { Description = "With --config: print the consent URL without opening a browser" };
        var psu = DemoCommand.PsuOption();
        var from = new Option<string?>("--from") { Description = "The embedded bank only: the PSU's account to pay from (default: their first account in the currency, current accounts first)" };
        var auth = DemoCommand.AuthOption();
        var json = new Option<bool>("--json") { Description = "Write the outcome as JSON instead of tables" };
        var record = new Option<string?>("--record") { Description = "Write the exchanges as a fixture into this folder" };
        var work = new Option<string?>("--work") { Description = "The embedded bank only: where its certificates are kept (default: obx-demo-<user> in the temp folder)" };
        var command = new Command("pay", "Make a domestic payment: at the embedded mock bank (followed until settled and read back), or at a real bank with --config")
        {
            amount, currency, sortCode, accountNumber, iban, name, reference, config, noBrowser, psu, from, auth, json, record, work,
        };
        command.SetAction((parse, cancellation) =>
        {
            var order = new PaymentOrder(parse.GetValue(amount), parse.GetValue(currency), parse.GetValue(sortCode), parse.GetValue(accountNumber),
                parse.GetValue(iban), parse.GetValue(name), parse.GetValue(reference));
            if (parse.GetValue(config) is not { } bankConfig)
            {
                return OnEmbeddedBank(environment, order.WithDemoDefaults(), parse.GetValue(auth)!, parse.GetValue(psu)!, parse.GetValue(from),
                    parse.GetValue(json), parse.GetValue(record), parse.GetValue(work), cancellation);
            }

            var embeddedOnly = new Option[] { psu, from, auth, work }.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
            return embeddedOnly.Count > 0
                ? Task.FromResult(new Problem($"{string.Join(", ", embeddedOnly)}: for the embedded mock bank only; at a real bank the PSU logs in and chooses the account in the browser").Report(environment.Error))
                : AtRealBank(environment, order, bankConfig, parse.GetValue(noBrowser), parse.GetValue(json), parse.GetValue(record), cancellation);
        });
        return command;
    }

    /// <summary>
    /// The payment against the embedded bank, after whatever else ran on it (<c>obx demo --pay</c>): the PSU's accounts read
    /// through an account access consent they approve, the account to pay from chosen (<paramref name="from"/>, or their
    /// first account in the currency, current accounts first), the payment made and followed until settled, then that
    /// account's transactions and balances read again: the debit and the lower available balance.
    /// </summary>
    internal static async Task<LanguageExt.Either<Problem, (PaymentReport Payment, PaymentReadBack ReadBack)>> Run(
        ObxEnvironment environment, EmbeddedBank bank, IRequestInterpreter http, Steps steps, DomesticPaymentConsentRequest request, string psu,
        string? from, CancellationToken cancellation)
    {
        var ais = new AccountInformationClient(bank.Config, http, environment.Time);
        var access = await steps.Run($"Account access consent approved by {psu}", () =>
            from pending in ais.BeginAccountAccess(cancellationToken: cancellation)
            from redirect in EmbeddedBank.Approve(http, pending.ConsentUrl, psu, null, cancellation)
            from grant in ais.CompleteAccountAccess(pending, redirect, cancellation)
            select new AccountAccess(pending, grant));
        var holdings = await steps.Run("Accounts and balances before paying", () =>
            from accounts in ais.Send(access!.Grant.AccessToken, AccountInformation.Accounts(), cancellationToken: cancellation)
            from balances in ais.Send(access.Grant.AccessToken, AccountInformation.Balances(), cancellationToken: cancellation)
            select new Holdings(accounts.Items, balances.Items));
        if (steps.Failure is { } failed)
        {
            return failed;
        }

        if (!Debtor(holdings!.Accounts, psu, request.Initiation.InstructedAmount.Currency, from).TryRight(out var debtor, out var choice))
        {
            return choice;
        }

        var payment = new PaymentSteps(new PaymentClient(bank.Config, http, environment.Time), steps, cancellation);
        var pending = await payment.Begin(request);
        var redirect = await steps.Run($"PSU {psu} approves (headless), paying from account {debtor.AccountId}", () =>
            EmbeddedBank.Approve(http, pending!.ConsentUrl, psu, debtor.AccountId, cancellation));
        var report = pending is null || redirect is null ? null : await payment.Complete(pending, redirect, EmbeddedPollInterval);
        var token = access!.Grant.AccessToken;
        var transactions = await steps.Run($"Transactions of account {debtor.AccountId}", () =>
            ais.ReadAll(token, AccountInformation.Transactions(new TransactionQuery(debtor.AccountId, report!.Submitted.CreationDateTime.AddMinutes(-1))), cancellationToken: cancellation));
        var balances = await steps.Run($"Balances of account {debtor.AccountId}", () =>
            ais.Send(token, AccountInformation.Balances(debtor.AccountId), cancellationToken: cancellation));
        await steps.Run("Account access consent deleted", () =>
            ais.DeleteConsent(access.Pending.ClientToken.AccessToken, access.Pending.ConsentId, cancellation).Map(_ => "deleted"));
        if (steps.Failure is { } failure)
        {
            return failure;
        }

        // The mock bank books a payment's debit under the payment's id.
        var debit = transactions!.FirstOrDefault(t => t.TransactionId == report!.Progress.PaymentId);
        return (report!, new PaymentReadBack(debtor.AccountId, debit, Available(holdings.Balances, debtor.AccountId), Available(balances!.Items, debtor.AccountId)));
    }

    private static async Task<int> OnEmbeddedBank(
        ObxEnvironment environment, PaymentOrder order, string auth, string psu, string? from, bool json, string? record, string? work, CancellationToken cancellation)
    {
        if (!Checked(environment, order).TryRight(out var request, out var invalid))
        {
            return invalid;
        }

        var fixture = record is null ? null : Path.Combine(environment.Resolve(record), $"pay-{auth.Replace('_', '-')}.json");
        if (fixture is not null && EmbeddedBank.RecordProblem(fixture) is { } recordProblem)
        {
            return recordProblem.Report(environment.Error);
        }

        var console = environment.Console;
        if (!json)
        {
            console.MarkupLine($"[bold]obx pay[/]: a domestic payment with [bold]{auth}[/], against the mock bank on 127.0.0.1 over mutual TLS");
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

        var steps = new Steps(environment, quiet: json);
        var paid = await Run(environment, bank, bank.Recording(fixture, "obx pay", environment, psu), steps, request, psu, from, cancellation);
        if (!paid.TryRight(out var outcome, out var failure))
        {
            return failure.Report(environment.Error);
        }

        if (json)
        {
            JsonOutput.Write(environment, new
            {
                auth_method = auth,
                issuer = bank.Bank.Issuer.Value,
                psu,
                steps = steps.Done.Select(s => new { name = s.Name, ms = s.Milliseconds }),
                payment = outcome.Payment.Json(outcome.ReadBack),
            });
            return ExitCodes.Success;
        }

        outcome.Payment.Write(console, outcome.ReadBack);
        Done(environment, steps, record);
        return ExitCodes.Success;
    }

    private static async Task<int> AtRealBank(
        ObxEnvironment environment, PaymentOrder order, string configPath, bool noBrowser, bool json, string? record, CancellationToken cancellation)
    {
        if (!Checked(environment, order).TryRight(out var request, out var invalid))
        {
            return invalid;
        }

        string? fixture = null;
        if (record is not null)
        {
            fixture = Path.Combine(environment.Resolve(record), $"pay-{Path.GetFileNameWithoutExtension(configPath)}.json");
            if (EmbeddedBank.RecordProblem(fixture) is { } recordProblem)
            {
                return recordProblem.Report(environment.Error);
            }
        }

        var opened = BankSession.Open(environment, configPath, decorate: fixture is null ? null
            : (config, http) => new FixtureRecorder(http, fixture, EmbeddedBank.Metadata(config, "obx pay", environment.Time.GetUtcNow())));
        if (!opened.TryRight(out var session, out var problem))
        {
            return problem.Report(environment.Error);
        }

        using var bank = session;
        // Built, never sent (the token is a stand-in): a config that cannot sign a payment request is refused before the bank
        // is asked for anything, in the library's words.
        if (!bank.Payments.Prepare("not-sent", PaymentInitiation.CreateDomesticPaymentConsent(request)).TryRight(out _, out var unsigned))
        {
            return new Problem($"{configPath}: {unsigned}").Report(environment.Error);
        }

        var redirectUri = new Uri(bank.Config.RedirectUri);
        if (!(await PsuRedirect.Listen(redirectUri)).TryRight(out var listening, out var busy))
        {
            return busy.Report(environment.Error);
        }

        var listener = listening.Case as RedirectListener;
        await using var stopListening = listener;
        var steps = new Steps(environment, quiet: json);
        var payment = new PaymentSteps(bank.Payments, steps, cancellation);
        try
        {
            var pending = await payment.Begin(request);
            if (pending is null)
            {
                return bank.WithRetryAfter(steps.Failure!).Report(environment.Error);
            }

            var redirect = await PsuRedirect.Await(environment, pending.ConsentId, pending.ConsentUrl, listener, redirectUri, noBrowser, "obx pay", cancellation);
            if (!redirect.TryRight(out var redirectOrCode, out var notBack))
            {
                return notBack.Report(environment.Error);
            }

            var report = await payment.Complete(pending, redirectOrCode, PaymentClient.DefaultPollInterval);
            if (report is null)
            {
                return bank.WithRetryAfter(steps.Failure!).Report(environment.Error);
            }

            if (json)
            {
                JsonOutput.Write(environment, new
                {
                    issuer = bank.Config.Issuer,
                    steps = steps.Done.Select(s => new { name = s.Name, ms = s.Milliseconds }),
                    payment = report.Json(null),
                });
                return ExitCodes.Success;
            }

            report.Write(environment.Console, null);
            Done(environment, steps, record);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            environment.Error.WriteLine("obx: cancelled; a payment consent not yet authorised stays AwaitingAuthorisation at the bank until it expires");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>The order as a consent request; or every problem with it written, one line each, and the exit code.</summary>
    internal static LanguageExt.Either<int, DomesticPaymentConsentRequest> Checked(ObxEnvironment environment, PaymentOrder order)
    {
        if (order.Request(environment.Time.GetUtcNow(), NewId(), NewId()).TryRight(out var request, out var problems))
        {
            return request;
        }

        foreach (var line in problems)
        {
            new Problem(line).Report(environment.Error);
        }

        return ExitCodes.Problem;
    }

    // The instruction and end-to-end ids (at most 35 characters): from the random id source, like every id the library makes.
    private static string NewId() => $"obx-{IdSource.Random.NewId().Replace("-", "", StringComparison.Ordinal)}"[..20];

    private static LanguageExt.Either<Problem, Account> Debtor(IReadOnlyList<Account> accounts, string psu, string currency, string? from)
    {
        if (from is not null)
        {
            return accounts.FirstOrDefault(a => a.AccountId == from) is { } chosen
                ? chosen
                : new Problem($"--from {from}: not one of {psu}'s accounts ({string.Join(", ", accounts.Select(a => a.AccountId))})");
        }

        return accounts.Where(a => a.Currency == currency).OrderBy(a => a.AccountSubType == AccountSubType.CurrentAccount ? 0 : 1).FirstOrDefault() is { } first
            ? first
            : new Problem($"{psu} has no {currency} account to pay from: choose another --psu or --currency");
    }

    private static Balance? Available(IEnumerable<Balance> balances, string accountId) =>
        balances.FirstOrDefault(b => b.AccountId == accountId && b.Type == BalanceType.InterimAvailable);

    private static void Done(ObxEnvironment environment, Steps steps, string? record)
    {
        environment.Console.MarkupLine($"[green]Done[/] in {steps.Done.Sum(s => s.Milliseconds)} ms.");
        if (record is not null)
        {
            environment.Console.MarkupLine($"Exchanges recorded in {TerminalText.Markup(environment.Resolve(record))}.");
        }
    }

    private sealed record AccountAccess(PendingAuthorisation<Core.Consents.AccountAccessConsent> Pending, AuthorisationGrant Grant);

    private sealed record Holdings(IReadOnlyList<Account> Accounts, IReadOnlyList<Balance> Balances);
}
