using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The kind of a postal address (OBAddressTypeCode).</summary>
[JsonConverter(typeof(CodeConverter<AddressType>))]
public enum AddressType
{
#pragma warning disable CS1591 // the spec's code names
    Business,
    Correspondence,
    DeliveryTo,
    MailTo,
    POBox,
    Postal,
    Residential,
    Statement,
#pragma warning restore CS1591
}
