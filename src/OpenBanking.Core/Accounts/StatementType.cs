using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The kind of statement (OBExternalStatementType1Code).</summary>
[JsonConverter(typeof(CodeConverter<StatementType>))]
public enum StatementType
{
#pragma warning disable CS1591 // the spec's code names
    AccountClosure,
    AccountOpening,
    Annual,
    Interim,
    RegularPeriodic,
#pragma warning restore CS1591
}
