namespace OpenBanking.Core.Accounts;

/// <summary>The bank's own transaction code (ProprietaryBankTransactionCodeStructure1).</summary>
/// <param name="Code">The code.</param>
/// <param name="Issuer">Who issued the code.</param>
public sealed record ProprietaryBankTransactionCode(string Code, string? Issuer = null);
