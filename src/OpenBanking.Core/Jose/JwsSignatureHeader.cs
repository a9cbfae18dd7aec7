namespace OpenBanking.Core.Jose;

/// <summary>What a verified <c>x-jws-signature</c> said about itself.</summary>
/// <param name="Algorithm">The <c>alg</c>.</param>
/// <param name="KeyId">The <c>kid</c> of the key that verified it.</param>
/// <param name="IssuedAt">The <c>http://openbanking.org.uk/iat</c>.</param>
/// <param name="Issuer">The <c>http://openbanking.org.uk/iss</c>.</param>
/// <param name="TrustAnchor">The <c>http://openbanking.org.uk/tan</c>.</param>
/// <param name="UnencodedPayload">True when it was the RFC 7797 <c>b64: false</c> form.</param>
public sealed record JwsSignatureHeader(
    string Algorithm, string KeyId, DateTimeOffset IssuedAt, string Issuer, string TrustAnchor, bool UnencodedPayload);
