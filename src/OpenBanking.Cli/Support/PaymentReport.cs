using System.Globalization;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Payments;
using Spectre.Console;

namespace OpenBanking.Cli.Support;

/// <summary>What a payment made by <c>obx pay</c> (or <c>obx demo --pay</c>) came to, as the bank answered.</summary>
/// <param name="ConsentId">The payment consent.</param>
/// <param name="Submitted">The payment as the bank answered the submission.</param>
/// <param name="Latest">The payment as last read while it was followed.</param>
/// <param name="Progress">Where it stands: final or not.</param>
/// <param name="Details">Its payment-details.</param>
/// <param name="IdempotencyKey">The submission's <c>x-idempotency-key</c>.</param>
/// <param name="Funds">The bank's funds confirmation before the submission, when it gave a result.</param>
public sealed record PaymentReport(
    string ConsentId,
    DomesticPayment Submitted,
    DomesticPayment Latest,
    PaymentProgress Progress,
    PaymentDetails Details,
    string IdempotencyKey,
    FundsAvailableResult? Funds)
{
    /// <summary>How long obx follows a payment, in seconds (the library's default).</summary>
    private static readonly int FollowedFor = (int)Core.Flows.PaymentClient.DefaultSettleWithin.TotalSeconds;

    /// <summary>The payment as JSON members (with <paramref name="readBack"/> when the debtor account was read back).</summary>
    public object Json(PaymentReadBack? readBack) => new
    {
        consent_id = ConsentId,
        payment_id = Progress.PaymentId,
        idempotency_key = IdempotencyKey,
        status = Progress.Status,
        status_update_date_time = Progress.StatusUpdateDateTime,
        final = Progress.IsFinal,
        funds_available = Funds,
        payment = Latest,
        payment_details = Details.Transactions,
        read_back = readBack is null ? null : new
        {
            account_id = readBack.AccountId,
            debit = readBack.Debit,
            available_before = readBack.AvailableBefore,
            available_after = readBack.AvailableAfter,
        },
    };

    /// <summary>Writes the payment, its status history and, when given, what the Account and Transaction API shows of it.</summary>
    public void Write(IAnsiConsole console, PaymentReadBack? readBack)
    {
        ArgumentNullException.ThrowIfNull(console);
        var initiation = Latest.Initiation;
        var grid = new Grid().AddColumns(2);
        grid.AddRow("Payment", TerminalText.Markup(Progress.PaymentId));
        grid.AddRow("Consent", TerminalText.Markup(ConsentId));
        grid.AddRow("Amount", TerminalText.Markup($"{Money(initiation.InstructedAmount.Amount)} {initiation.InstructedAmount.Currency}"));
        grid.AddRow("To", TerminalText.Markup($"{initiation.CreditorAccount.Name} ({initiation.CreditorAccount.SchemeName.Replace("UK.OBIE.", "", StringComparison.Ordinal)} {initiation.CreditorAccount.Identification})"));
        if (initiation.RemittanceInformation?.Reference is { } reference)
        {
            grid.AddRow("Reference", TerminalText.Markup(reference));
        }

        grid.AddRow("x-idempotency-key", TerminalText.Markup(IdempotencyKey));
        if (Funds is not null)
        {
            grid.AddRow("Funds", Funds.FundsAvailable ? $"available (checked {Time(Funds.FundsAvailableDateTime)})" : "not available");
        }

        grid.AddRow("Status", Progress.IsFinal
            ? $"[green]{TerminalText.Markup(Progress.Status)}[/] at {Time(Progress.StatusUpdateDateTime)}"
            : $"[yellow]{TerminalText.Markup(Progress.Status)}[/] at {Time(Progress.StatusUpdateDateTime)} — not final within {FollowedFor} s; the bank goes on with it");
        if (Details.Transactions is { Count: > 0 } history)
        {
            grid.AddRow("Payment-details", TerminalText.Markup(string.Join(" → ", history.Select(s => $"{s.Status} {Time(s.StatusUpdateDateTime)}"))));
        }

        console.Write(grid);
        if (readBack is null)
        {
            return;
        }

        console.MarkupLine($"Read back through the Account and Transaction API, account [bold]{TerminalText.Markup(readBack.AccountId)}[/]:");
        if (readBack.Debit is { } debit)
        {
            Tables.Transactions(console, "The payment's debit", [debit]);
            console.MarkupLine($"The debit is [bold]{TerminalText.Markup(debit.Status.ToString())}[/] (transaction {TerminalText.Markup(debit.TransactionId)}).");
        }
        else
        {
            console.MarkupLine("[yellow]No transaction of the payment is listed on the account yet.[/]");
        }

        if (readBack.AvailableBefore is { } before && readBack.AvailableAfter is { } after)
        {
            var change = after.SignedAmount - before.SignedAmount;
            console.MarkupLine($"Available balance: {Money(before.SignedAmount)} {TerminalText.Markup(before.Amount.Currency)} before, " +
                $"[bold]{Money(after.SignedAmount)} {TerminalText.Markup(after.Amount.Currency)}[/] after ({(change < 0 ? "" : "+")}{Money(change)}).");
        }
    }

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
