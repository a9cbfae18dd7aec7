using System.Text.Json.Serialization;

namespace OpenBanking.Core.Payments;

/// <summary>What the TPP tells the bank about strong customer authentication (OBSCASupportData1, <c>Data.SCASupportData</c>).</summary>
/// <param name="RequestedScaExemptionType">The exemption the TPP asks for (wire name <c>RequestedSCAExemptionType</c>).</param>
/// <param name="AppliedAuthenticationApproach">How the TPP authenticated the PSU.</param>
/// <param name="ReferencePaymentOrderId">The id of an earlier payment order this one refers to, at most 40 characters.</param>
public sealed record ScaSupportData(
    [property: JsonPropertyName("RequestedSCAExemptionType")] ScaExemptionType? RequestedScaExemptionType = null,
    AuthenticationApproach? AppliedAuthenticationApproach = null,
    string? ReferencePaymentOrderId = null);
