namespace MockAspsp.Domain;

/// <summary>An issued refresh token, bound to its client and consent.</summary>
public sealed record RefreshToken(string Value, string ClientId, string ConsentId, string Scope, DateTimeOffset ExpiresAt, string? FromCode = null)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"RefreshToken({ClientId}, consent {ConsentId})";
}
