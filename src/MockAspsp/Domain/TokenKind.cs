namespace MockAspsp.Domain;

/// <summary>What an access token was issued for.</summary>
public enum TokenKind
{
    /// <summary>The TPP's own token (client credentials): for consent endpoints.</summary>
    ClientCredentials,

    /// <summary>A token for a PSU's consent (authorisation code or refresh): for account resources.</summary>
    Consent,
}
