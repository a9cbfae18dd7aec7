using System.Collections.Immutable;

namespace MockAspsp.Domain;

/// <summary>
/// What the bank read from a payment consent's Initiation and worked out when it accepted it: the money, the payee,
/// the dates, the charges and, for international payments, the quote. The Initiation itself is kept as sent.
/// </summary>
/// <param name="Amount">The instructed amount (a standing order's first payment; a file's control sum).</param>
/// <param name="Currency">Its currency.</param>
/// <param name="PayeeName">The creditor's name, as the PSU is shown it.</param>
/// <param name="Reference">The payment's reference (RemittanceInformation.Reference or a standing order's Reference), if any.</param>
/// <param name="Charges">The charges.</param>
/// <param name="CutOffDateTime">The latest the payment order may be submitted.</param>
/// <param name="ExecutionDateTime">When the money moves: now for an immediate payment, the requested date for a scheduled one, a standing order's first payment.</param>
/// <param name="StandingOrder">A standing order's schedule and amounts.</param>
/// <param name="Quote">An international payment's exchange rate.</param>
/// <param name="NamedDebtorAccountId">The bank's account the consent's DebtorAccount names, when it names one.</param>
/// <param name="File">What a file payment consent says its file holds.</param>
public sealed record PaymentTerms(
    decimal Amount,
    string Currency,
    string PayeeName,
    string? Reference,
    ImmutableArray<PaymentCharge> Charges,
    DateTimeOffset? CutOffDateTime,
    DateTimeOffset ExecutionDateTime,
    StandingOrderPlan? StandingOrder = null,
    ExchangeQuote? Quote = null,
    string? NamedDebtorAccountId = null,
    FileExpectation? File = null)
{
    /// <summary>A standing order's frequency.</summary>
    public string? Frequency => StandingOrder?.Frequency;
}

/// <summary>What a file payment consent declares about its file.</summary>
/// <param name="FileType">UK.OBIE.PaymentInitiation.3.1 or UK.OBIE.pain.001.001.08.</param>
/// <param name="FileHash">Base64 SHA-256 of the file's bytes.</param>
/// <param name="NumberOfTransactions">How many payments it holds, when declared.</param>
/// <param name="ControlSum">The sum of their amounts, when declared.</param>
public sealed record FileExpectation(string FileType, string FileHash, int? NumberOfTransactions, decimal? ControlSum);
