namespace OpenBanking.Core.Jose;

/// <summary>What an <c>x-jws-signature</c> is checked against (<see cref="DetachedJws.Verify"/>).</summary>
/// <param name="Now">The current time: <c>iat</c> may not be later than this plus <paramref name="ClockSkew"/>.</param>
/// <param name="ClockSkew">How far the signer's clock may be ahead.</param>
/// <param name="Issuer">The <c>iss</c> it must carry (a bank's org id); when null, any non-empty one.</param>
/// <param name="TrustAnchor">The <c>tan</c> it must carry.</param>
/// <param name="UnencodedPayload">True when the <c>b64: false</c> form is expected (before v3.1.4); false when <c>b64</c> must be absent.</param>
public sealed record JwsSignatureExpectations(
    DateTimeOffset Now, TimeSpan ClockSkew, string? Issuer, string TrustAnchor, bool UnencodedPayload)
{
    /// <summary>The algorithms accepted: PS256 and ES256 (Open Banking Security Profile; never none, HMAC or RS256).</summary>
    public EquatableList<string> Algorithms { get; init; } = [Protocol.JwsAlgorithms.PS256, Protocol.JwsAlgorithms.ES256];
}
