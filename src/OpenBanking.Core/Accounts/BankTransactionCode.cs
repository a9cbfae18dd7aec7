namespace OpenBanking.Core.Accounts;

/// <summary>The ISO 20022 bank transaction code (OBBankTransactionCodeStructure1).</summary>
/// <param name="Code">The family code.</param>
/// <param name="SubCode">The sub-family code.</param>
public sealed record BankTransactionCode(string Code, string SubCode);
