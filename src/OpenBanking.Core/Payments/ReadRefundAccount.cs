using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Whether the TPP asks to be told the account to refund the payment to (<c>Data.ReadRefundAccount</c>): the bank then answers with <c>Data.Refund</c>.</summary>
[JsonConverter(typeof(CodeConverter<ReadRefundAccount>))]
public enum ReadRefundAccount
{
    /// <summary>Do not give the refund account.</summary>
    No,

    /// <summary>Give the refund account.</summary>
    Yes,
}
