using System.Text.Json.Serialization;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether a transaction may still change (OBTransactionMutability1Code).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransactionMutability>))]
public enum TransactionMutability
{
#pragma warning disable CS1591 // the spec's code names
    Mutable,
    Immutable,
#pragma warning restore CS1591
}
