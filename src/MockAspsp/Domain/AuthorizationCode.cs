namespace MockAspsp.Domain;

/// <summary>An authorisation code: single use, short-lived, bound to its client, redirect URI and consent.</summary>
public sealed record AuthorizationCode(
    string Value,
    string ClientId,
    string RedirectUri,
    string ConsentId,
    string Nonce,
    string Scope,
    DateTimeOffset AuthTime,
    DateTimeOffset ExpiresAt,
    bool Used = false)
{
    /// <summary>Never prints the code.</summary>
    public override string ToString() => $"AuthorizationCode({ClientId}, consent {ConsentId}, used {Used})";
}
