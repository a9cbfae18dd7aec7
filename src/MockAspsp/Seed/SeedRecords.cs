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

/// <summary>A seeded standing order.</summary>
public sealed record BankStandingOrder(
    string AccountId,
    string StandingOrderId,
    string Frequency,
    string Reference,
    DateTimeOffset FirstPaymentDateTime,
    DateTimeOffset NextPaymentDateTime,
    decimal Amount,
    string Currency,
    string CreditorName,
    string CreditorSchemeName,
    string CreditorIdentification);

/// <summary>A seeded product.</summary>
public sealed record BankProduct(string AccountId, string ProductId, string ProductType, string ProductName);
