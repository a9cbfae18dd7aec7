using System.Globalization;
using LanguageExt;
using OpenBanking.Core.Payments;

namespace OpenBanking.Cli.Support;

/// <summary>
/// What <c>obx pay</c> was asked to pay, as typed: made into a domestic payment consent request and checked with the
/// library's <see cref="PaymentValidation"/> before anything is sent, every problem at once, each named by the option
/// that gives it. Against the embedded mock bank what is not given has a default (<see cref="Demo"/>); against a real
/// bank the amount, the payee's account and the payee's name must be given — obx never pays a made-up account.
/// </summary>
/// <param name="Amount">--amount, as typed (e.g. <c>10.50</c>).</param>
/// <param name="Currency">--currency (ISO 4217, upper case).</param>
/// <param name="CreditorSortCode">--creditor-sort-code (spaces and hyphens allowed).</param>
/// <param name="CreditorAccount">--creditor-account (the account number).</param>
/// <param name="CreditorIban">--creditor-iban.</param>
/// <param name="CreditorName">--creditor-name.</param>
/// <param name="Reference">--reference (what the payee sees).</param>
public sealed record PaymentOrder(
    string? Amount,
    string? Currency,
    string? CreditorSortCode,
    string? CreditorAccount,
    string? CreditorIban,
    string? CreditorName,
    string? Reference)
{
    private const string Initiation = "$.Data.Initiation";

    /// <summary>The payment the demo makes when nothing else is said: 10.50 GBP to a made-up payee at the mock bank.</summary>
    public static PaymentOrder Demo { get; } = new("10.50", "GBP", "20-00-00", "55779911", null, "Acme Energy Ltd", "OBX DEMO");

    /// <summary>This order with what it leaves out taken from <see cref="Demo"/> (the payee's account as a whole).</summary>
    public PaymentOrder WithDemoDefaults()
    {
        var account = CreditorSortCode is null && CreditorAccount is null && CreditorIban is null;
        return new(
            Amount ?? Demo.Amount,
            Currency ?? Demo.Currency,
            account ? Demo.CreditorSortCode : CreditorSortCode,
            account ? Demo.CreditorAccount : CreditorAccount,
            CreditorIban,
            CreditorName ?? Demo.CreditorName,
            Reference ?? Demo.Reference);
    }

    /// <summary>
    /// The consent request, or every problem with the order as one line each (<c>--option: what is wrong</c>). The
    /// identifications of the instruction are <paramref name="instructionId"/> and <paramref name="endToEndId"/>; dates
    /// are checked against <paramref name="now"/>.
    /// </summary>
    public Either<IReadOnlyList<string>, DomesticPaymentConsentRequest> Request(DateTimeOffset now, string instructionId, string endToEndId)
    {
        var problems = new List<string>();
        var amount = ParsedAmount(problems);
        var account = Account(problems);
        if (CreditorName is null)
        {
            problems.Add("--creditor-name: the payee's name is required");
        }

        // What is missing or unreadable is reported above; a stand-in lets the library check everything else.
        var request = new DomesticPaymentConsentRequest(new DomesticPaymentInitiation(
            instructionId,
            endToEndId,
            new PaymentAmount(amount ?? 1m, Currency ?? "GBP"),
            account ?? PaymentAccount.SortCodeAccountNumber("000000", "00000000", CreditorName ?? "-"),
            RemittanceInformation: Reference is null ? null : new RemittanceInformation(Reference: Reference)));
        var reported = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        if (amount is null)
        {
            reported.Add($"{Initiation}.InstructedAmount.Amount");
        }

        if (account is null)
        {
            reported.Add($"{Initiation}.CreditorAccount.Identification");
        }

        if (CreditorName is null)
        {
            reported.Add($"{Initiation}.CreditorAccount.Name");
        }

        problems.AddRange(PaymentValidation.Problems(request, now).Where(p => !reported.Contains(p.Path)).Select(Line));
        return problems.Count == 0 ? request : problems;
    }

    private decimal? ParsedAmount(List<string> problems)
    {
        if (Amount is null)
        {
            problems.Add("--amount: the amount is required");
            return null;
        }

        // A sign is read so that the library can say why -5 will not do; grouping, exponents and local digits are not.
        if (decimal.TryParse(Amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        problems.Add($"--amount: '{Cut(Amount)}' is not an amount: digits with at most one decimal point, e.g. 10.50");
        return null;
    }

    private PaymentAccount? Account(List<string> problems)
    {
        var sortCodeAndNumber = CreditorSortCode is not null || CreditorAccount is not null;
        if (sortCodeAndNumber && CreditorIban is not null)
        {
            problems.Add("--creditor-iban: give the payee's IBAN or its sort code and account number, not both");
            return null;
        }

        if (CreditorIban is not null)
        {
            return PaymentAccount.Iban(CreditorIban, CreditorName);
        }

        if (CreditorSortCode is not null && CreditorAccount is not null)
        {
            return PaymentAccount.SortCodeAccountNumber(CreditorSortCode, CreditorAccount, CreditorName);
        }

        problems.Add(sortCodeAndNumber
            ? $"{(CreditorSortCode is null ? "--creditor-sort-code" : "--creditor-account")}: the payee's sort code and account number go together"
            : "--creditor-sort-code and --creditor-account, or --creditor-iban: the payee's account is required");
        return null;
    }

    /// <summary>A problem the library found, named by the option that gives its member (the JSON path kept for the rest).</summary>
    private static string Line(PaymentProblem problem)
    {
        var option = problem.Path switch
        {
            $"{Initiation}.InstructedAmount.Amount" => "--amount",
            $"{Initiation}.InstructedAmount.Currency" => "--currency",
            $"{Initiation}.CreditorAccount.Identification" or $"{Initiation}.CreditorAccount.SchemeName" => "--creditor-sort-code/--creditor-account/--creditor-iban",
            $"{Initiation}.CreditorAccount.Name" => "--creditor-name",
            $"{Initiation}.RemittanceInformation.Reference" => "--reference",
            _ => null,
        };
        return option is null ? $"{problem.Path}: {problem.Message}" : $"{option}: {problem.Message}";
    }

    private static string Cut(string text) => text.Length <= 40 ? text : $"{text[..40]}{TerminalText.Ellipsis}";
}
