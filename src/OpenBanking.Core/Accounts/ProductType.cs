using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The kind of product an account is (OBReadProduct2 <c>ProductType</c>).</summary>
[JsonConverter(typeof(CodeConverter<ProductType>))]
public enum ProductType
{
#pragma warning disable CS1591 // the spec's code names
    BusinessCurrentAccount,
    CommercialCreditCard,
    Other,
    PersonalCurrentAccount,
    SMELoan,
#pragma warning restore CS1591
}
