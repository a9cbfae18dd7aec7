namespace OpenBanking.Core.Jose;

/// <summary>
/// The Open Banking claims of an <c>x-jws-signature</c>'s protected header (Read/Write API "Message Signing", v3.1.4+):
/// <c>http://openbanking.org.uk/iat</c>, <c>…/iss</c> and <c>…/tan</c>, named in <c>crit</c>.
/// </summary>
/// <param name="IssuedAt">When it was signed (the <c>iat</c>, a JSON number of seconds).</param>
/// <param name="Issuer">Who signs: a TPP's <c>{org id}/{software statement id}</c>, a bank's org id.</param>
/// <param name="TrustAnchor">The directory whose keys verify it, e.g. <c>openbanking.org.uk</c>.</param>
/// <param name="UnencodedPayload">The RFC 7797 form banks before v3.1.4 expect: <c>b64: false</c>, named in <c>crit</c>, the body signed as it is.</param>
/// <param name="Type">An optional <c>typ</c> header (e.g. <c>JOSE</c>).</param>
/// <param name="ContentType">An optional <c>cty</c> header (e.g. <c>application/json</c>).</param>
public sealed record JwsSignatureClaims(
    DateTimeOffset IssuedAt,
    string Issuer,
    string TrustAnchor,
    bool UnencodedPayload = false,
    string? Type = null,
    string? ContentType = null);
