namespace OpenBanking.Core.Protocol;

/// <summary>OAuth 2.0 and OpenID Connect parameter names (RFC 6749, RFC 7523, OIDC Core).</summary>
public static class OAuthParameters
{
#pragma warning disable CS1591 // the names are the documentation
    public const string GrantType = "grant_type";
    public const string Scope = "scope";
    public const string Code = "code";
    public const string RedirectUri = "redirect_uri";
    public const string RefreshToken = "refresh_token";
    public const string ClientId = "client_id";
    public const string ClientSecret = "client_secret";
    public const string ClientAssertion = "client_assertion";
    public const string ClientAssertionType = "client_assertion_type";
    public const string ResponseType = "response_type";
    public const string State = "state";
    public const string Nonce = "nonce";
    public const string Request = "request";
    public const string IdToken = "id_token";
    public const string AccessToken = "access_token";
    public const string TokenType = "token_type";
    public const string ExpiresIn = "expires_in";
    public const string Error = "error";
    public const string ErrorDescription = "error_description";
    public const string ErrorUri = "error_uri";
    public const string Issuer = "iss";
#pragma warning restore CS1591
}
