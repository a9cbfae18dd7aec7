namespace MockAspsp.Features.OAuth;

/// <summary>What a successful token request gets. Never printed with its values.</summary>
/// <param name="AccessToken">The access token.</param>
/// <param name="ExpiresIn">Its lifetime, seconds.</param>
/// <param name="Scope">The granted scope.</param>
/// <param name="RefreshToken">A refresh token, for consent tokens.</param>
/// <param name="IdToken">Who the id_token is about, for the authorization_code grant.</param>
public sealed record IssuedTokens(string AccessToken, int ExpiresIn, string Scope, string? RefreshToken, IdTokenSubject? IdToken)
{
    /// <inheritdoc />
    public override string ToString() => $"IssuedTokens(scope {Scope}, refresh {(RefreshToken is null ? "no" : "yes")})";
}

/// <summary>What an id_token states.</summary>
public sealed record IdTokenSubject(string ClientId, string ConsentId, string Nonce, DateTimeOffset AuthTime);
