using System.Text.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// A payee the PSU has set up on an account (OBBeneficiary5). Every member is optional in the spec;
/// ReadBeneficiariesDetail adds <see cref="CreditorAccount"/>.
/// </summary>
/// <param name="AccountId">The account the beneficiary is set up on.</param>
/// <param name="BeneficiaryId">The bank's id for it.</param>
/// <param name="BeneficiaryType">Trusted or ordinary.</param>
/// <param name="Reference">The reference payments to it carry.</param>
/// <param name="SupplementaryData">The bank's extra data, as it sent it.</param>
/// <param name="CreditorAgent">The beneficiary's bank.</param>
/// <param name="CreditorAccount">The beneficiary's account (Detail).</param>
public sealed record Beneficiary(
    string? AccountId = null,
    string? BeneficiaryId = null,
    BeneficiaryType? BeneficiaryType = null,
    string? Reference = null,
    RawJson? SupplementaryData = null,
    FinancialAgent? CreditorAgent = null,
    AccountIdentification? CreditorAccount = null);
