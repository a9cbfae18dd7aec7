using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The status of an account (OBAccountStatus1Code).</summary>
[JsonConverter(typeof(CodeConverter<AccountStatus>))]
public enum AccountStatus
{
#pragma warning disable CS1591 // the spec's code names
    Deleted,
    Disabled,
    Enabled,
    Pending,
    ProForma,
#pragma warning restore CS1591
}
