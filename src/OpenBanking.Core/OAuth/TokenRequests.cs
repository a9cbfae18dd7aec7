using System.Text;
using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.OAuth;

/// <summary>
/// Builders for token endpoint requests (RFC 6749 §4.1.3, §4.4.2, §6), each authenticated the
/// way the client is registered. <c>now</c> and <c>assertionId</c> feed the
/// <c>private_key_jwt</c> assertion's <c>iat</c>/<c>exp</c> and <c>jti</c>; other methods ignore them.
/// </summary>
public static class TokenRequests
{
    /// <summary>A client credentials grant for <paramref name="scope"/> (the configured scopes when null), without <c>openid</c> (no user is involved).</summary>
    /// <param name="config">The validated configuration.</param>
    /// <param name="now">The current time.</param>
    /// <param name="assertionId">A fresh unique id (the assertion's <c>jti</c>).</param>
    /// <param name="scope">The scopes to ask for, space-separated (an API family's scope, e.g. <c>payments</c>); the configured ones when null.</param>
    /// <returns>The request; Left only when a signer of your own fails to sign the client assertion.</returns>
    public static Either<OpenBankingError, HttpRequestSpec> ClientCredentials(ValidatedApiConfig config, DateTimeOffset now, string assertionId, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var requested = string.Join(' ', (scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? config.Scopes).Where(s => s != "openid"));
        return Build(config, $"token request ({GrantTypes.ClientCredentials})", now, assertionId,
        [
            KeyValuePair.Create(OAuthParameters.GrantType, GrantTypes.ClientCredentials),
            KeyValuePair.Create(OAuthParameters.Scope, requested),
        ]);
    }

    /// <summary>Exchanges the authorisation code from the redirect, with the registered redirect URI.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AuthorizationCode(
        ValidatedApiConfig config, string code, DateTimeOffset now, string assertionId)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(code))
        {
            return new ValidationError("code", "the authorisation code is empty");
        }

        return Build(config, $"token request ({GrantTypes.AuthorizationCode})", now, assertionId,
        [
            KeyValuePair.Create(OAuthParameters.GrantType, GrantTypes.AuthorizationCode),
            KeyValuePair.Create(OAuthParameters.Code, code),
            KeyValuePair.Create(OAuthParameters.RedirectUri, config.RedirectUri),
        ]);
    }

    /// <summary>Gets a new access token with a refresh token.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> RefreshToken(
        ValidatedApiConfig config, string refreshToken, DateTimeOffset now, string assertionId)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(refreshToken))
        {
            return new ValidationError("refresh_token", "the refresh token is empty");
        }

        return Build(config, $"token request ({GrantTypes.RefreshToken})", now, assertionId,
        [
            KeyValuePair.Create(OAuthParameters.GrantType, GrantTypes.RefreshToken),
            KeyValuePair.Create(OAuthParameters.RefreshToken, refreshToken),
        ]);
    }

    /// <summary>
    /// The HTTP Basic credentials of <c>client_secret_basic</c>: RFC 6749 §2.3.1 form-url-encodes the
    /// id and the secret first, then RFC 7617 takes standard base64 of <c>id:secret</c>.
    /// </summary>
    public static string BasicCredentials(string clientId, string clientSecret) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{FormUrlEncoding.EncodeComponent(clientId)}:{FormUrlEncoding.EncodeComponent(clientSecret)}"));

    private static Either<OpenBankingError, HttpRequestSpec> Build(
        ValidatedApiConfig config,
        string operation,
        DateTimeOffset now,
        string assertionId,
        List<KeyValuePair<string, string>> fields) =>
        Credentials(config, now, assertionId).Map(credentials => new HttpRequestSpec(
            operation,
            HttpMethod.Post,
            config.TokenEndpoint,
            [KeyValuePair.Create("Accept", "application/json"), .. credentials.Headers],
            new RequestBody.Form([.. fields, .. credentials.Fields])));

    /// <summary>What the client authentication adds to the request: headers, and fields after the grant's.</summary>
    private static Either<OpenBankingError, (KeyValuePair<string, string>[] Headers, KeyValuePair<string, string>[] Fields)> Credentials(
        ValidatedApiConfig config, DateTimeOffset now, string assertionId) => config.ClientAuthentication switch
        {
            ClientAuthentication.ClientSecretBasic basic =>
                ([KeyValuePair.Create("Authorization", $"Basic {BasicCredentials(config.ClientId, basic.Secret)}")], []),
            ClientAuthentication.ClientSecretPost post =>
                ([], [KeyValuePair.Create(OAuthParameters.ClientId, config.ClientId), KeyValuePair.Create(OAuthParameters.ClientSecret, post.Secret)]),
            // The audience is the token endpoint exactly as configured (RFC 7523 §3).
            ClientAuthentication.PrivateKeyJwt jwt =>
                ClientAssertion.Create(jwt.Signer, config.ClientId, config.TokenEndpoint.OriginalString, assertionId, now, jwt.AssertionLifetime)
                    .Map(assertion => (Array.Empty<KeyValuePair<string, string>>(), new[]
                    {
                        KeyValuePair.Create(OAuthParameters.ClientAssertionType, GrantTypes.JwtBearerClientAssertion),
                        KeyValuePair.Create(OAuthParameters.ClientAssertion, assertion),
                    })),
            // RFC 8705 §2.1: the certificate presented in the TLS handshake authenticates; client_id says whose it is.
            ClientAuthentication.TlsClientAuth => ([], [KeyValuePair.Create(OAuthParameters.ClientId, config.ClientId)]),
            _ => throw new InvalidOperationException($"Unknown client authentication {config.ClientAuthentication.GetType().Name}."),
        };
}
