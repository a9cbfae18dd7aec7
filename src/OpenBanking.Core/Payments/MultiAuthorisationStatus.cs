using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Where a payment that needs several authorisers stands (<c>Data.MultiAuthorisation.Status</c>).</summary>
[JsonConverter(typeof(CodeConverter<MultiAuthorisationStatus>))]
public enum MultiAuthorisationStatus
{
    /// <summary>Every authorisation needed has been given.</summary>
    Authorised,

    /// <summary>More authorisations are needed.</summary>
    AwaitingFurtherAuthorisation,

    /// <summary>An authoriser declined it.</summary>
    Rejected,
}
