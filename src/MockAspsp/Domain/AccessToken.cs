namespace MockAspsp.Domain;

/// <summary>An issued access token, bound to the certificate it was issued over (RFC 8705 <c>cnf.x5t#S256</c>).</summary>
public sealed record AccessToken(
    string Value,
    TokenKind Kind,
    string ClientId,
    string? ConsentId,
    string Scope,
    DateTimeOffset ExpiresAt,
    string CertificateThumbprint,
    string? FromCode = null)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"AccessToken({Kind}, {ClientId}, consent {ConsentId ?? "none"})";
}
