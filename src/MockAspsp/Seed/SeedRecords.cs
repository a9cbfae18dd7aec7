namespace MockAspsp.Seed;

/// <summary>A seeded customer: whose accounts a PSU login reaches.</summary>
public sealed record Customer(string Id, string Name, string PartyType, string Email, string Phone, string AddressLine, string TownName, string PostCode);

/// <summary>A seeded account.</summary>
public sealed record BankAccount(
    string AccountId,
    string Customer,
    string Currency,
    string AccountType,
    string AccountSubType,
    string Description,
    string Nickname,
    DateTimeOffset OpeningDate,
    string SchemeName,
    string Identification,
    string HolderName,
    string? SecondaryIdentification,
    decimal OpeningBalance,
    decimal? CreditLimit);

/// <summary>A seeded transaction. Card transactions carry the full card number; responses mask it unless the consent has ReadPAN.</summary>
public sealed record BankTransaction(
    string AccountId,
    string TransactionId,
    string Reference,
    bool IsCredit,
    string Status,
    DateTimeOffset BookingDateTime,
    DateTimeOffset ValueDateTime,
    decimal Amount,
    string Currency,
    string Information,
    string BankTransactionCode,
    string BankTransactionSubCode,
    string ProprietaryCode,
    decimal BalanceAfter,
    string? MerchantName = null,
    string? MerchantCategoryCode = null,
    string? CounterpartyName = null,
    string? CounterpartySchemeName = null,
    string? CounterpartyIdentification = null,
    string? CardNumber = null);

/// <summary>A balance of a seeded account.</summary>
public sealed record BankBalance(string AccountId, string Type, decimal Amount, string Currency, DateTimeOffset DateTime, decimal? CreditLine);

/// <summary>A seeded beneficiary.</summary>
public sealed record BankBeneficiary(string AccountId, string BeneficiaryId, string Reference, string Name, string SchemeName, string Identification);

/// <summary>A seeded direct debit mandate.</summary>
public sealed record BankDirectDebit(string AccountId, string DirectDebitId, string MandateIdentification, string Status, string Name, DateTimeOffset PreviousPaymentDateTime, decimal PreviousPaymentAmount, string Currency);

/// <summary>
/// A standing order (seeded, or set up through the Payment Initiation API). <paramref name="Amount"/> is the first
/// payment's, and the next one's unless <paramref name="NextPaymentAmount"/> says otherwise; an order with no payment
/// ahead has no <paramref name="NextPaymentDateTime"/> and is Inactive.
/// </summary>
public sealed record BankStandingOrder(
    string AccountId,
    string StandingOrderId,
    string Frequency,
    string Reference,
    DateTimeOffset FirstPaymentDateTime,
    DateTimeOffset? NextPaymentDateTime,
    decimal Amount,
    string Currency,
    string CreditorName,
    string CreditorSchemeName,
    string CreditorIdentification,
    string StatusCode = "Active",
    decimal? NextPaymentAmount = null,
    DateTimeOffset? LastPaymentDateTime = null,
    decimal? LastPaymentAmount = null);

/// <summary>A seeded product.</summary>
public sealed record BankProduct(string AccountId, string ProductId, string ProductType, string ProductName);

/// <summary>
/// A one-off payment scheduled for a future date. <paramref name="CreditorAgentBic"/> is the receiving bank's BIC where the
/// payment leaves the UK (null for domestic and on-us payments).
/// </summary>
public sealed record BankScheduledPayment(
    string AccountId,
    string ScheduledPaymentId,
    DateTimeOffset ScheduledPaymentDateTime,
    string ScheduledType,
    string Reference,
    string? DebtorReference,
    decimal Amount,
    string Currency,
    string CreditorName,
    string CreditorSchemeName,
    string CreditorIdentification,
    string? CreditorAgentBic = null);

/// <summary>An offer the bank makes on an account (OBReadOffer1).</summary>
public sealed record BankOffer(
    string AccountId,
    string OfferId,
    string OfferType,
    string Description,
    DateTimeOffset StartDateTime,
    DateTimeOffset EndDateTime,
    string Currency,
    string? Rate = null,
    int? Value = null,
    string? Term = null,
    decimal? Amount = null,
    decimal? Fee = null);

/// <summary>
/// A monthly statement of a seeded account, computed from its booked transactions: the balance before the period, the
/// credits, debits, interest and fees booked in it, and the balance after (Opening + Credits − Debits = Closing). Card
/// statements add the credit limit, the minimum payment due and its due date; savings statements their interest rate.
/// </summary>
public sealed record BankStatement(
    string AccountId,
    string StatementId,
    string StatementReference,
    string Description,
    DateTimeOffset StartDateTime,
    DateTimeOffset EndDateTime,
    DateTimeOffset CreationDateTime,
    string Currency,
    decimal OpeningBalance,
    decimal ClosingBalance,
    decimal TotalCredits,
    decimal TotalDebits,
    decimal Interest,
    decimal Fees,
    decimal? InterestRate = null,
    decimal? CreditLimit = null,
    decimal? MinimumPaymentDue = null,
    DateTimeOffset? PaymentDueDateTime = null)
{
    /// <summary>True when <paramref name="transaction"/> is on this statement: booked on this account within its period.</summary>
    public bool Lists(BankTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.AccountId == AccountId && transaction.Status == "Booked"
            && transaction.BookingDateTime >= StartDateTime && transaction.BookingDateTime <= EndDateTime;
    }
}
