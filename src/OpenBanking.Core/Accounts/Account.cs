using System.Text.Json.Serialization;

using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>An account (OBAccount6). Fields beyond AccountId depend on the bank and on ReadAccountsBasic vs Detail.</summary>
/// <param name="AccountId">The bank's stable id for the account within this consent.</param>
/// <param name="Status">The account status.</param>
/// <param name="StatusUpdateDateTime">When the status last changed.</param>
/// <param name="Currency">The account's currency.</param>
/// <param name="AccountType">Personal or business.</param>
/// <param name="AccountSubType">Current account, savings, credit card, ...</param>
/// <param name="Description">The bank's description.</param>
/// <param name="Nickname">The PSU's nickname for it.</param>
/// <param name="OpeningDate">When it was opened.</param>
/// <param name="MaturityDate">When it matures.</param>
/// <param name="SwitchStatus">Current Account Switch Service status, e.g. <c>UK.CASS.NotSwitched</c>.</param>
/// <param name="Identifications">Its identifications (wire name <c>Account</c>), given with ReadAccountsDetail.</param>
/// <param name="Servicer">The institution that services it.</param>
public sealed record Account(
    string AccountId,
    AccountStatus? Status = null,
    DateTimeOffset? StatusUpdateDateTime = null,
    string? Currency = null,
    AccountType? AccountType = null,
    AccountSubType? AccountSubType = null,
    string? Description = null,
    string? Nickname = null,
    DateTimeOffset? OpeningDate = null,
    DateTimeOffset? MaturityDate = null,
    string? SwitchStatus = null,
    [property: JsonPropertyName("Account")] EquatableList<AccountIdentification>? Identifications = null,
    FinancialInstitutionId? Servicer = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Identifications, "Account");
}
