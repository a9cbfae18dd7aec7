using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether a transaction may still change (OBTransactionMutability1Code).</summary>
[JsonConverter(typeof(CodeConverter<TransactionMutability>))]
public enum TransactionMutability
{
#pragma warning disable CS1591 // the spec's code names
    Mutable,
    Immutable,
#pragma warning restore CS1591
}
