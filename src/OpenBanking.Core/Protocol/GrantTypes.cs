namespace OpenBanking.Core.Protocol;

/// <summary>OAuth 2.0 grant types used by the Read/Write API.</summary>
public static class GrantTypes
{
    /// <summary>RFC 6749 §4.4: the TPP's own token, for creating consents.</summary>
    public const string ClientCredentials = "client_credentials";

    /// <summary>RFC 6749 §4.1.3: exchanges the code the PSU's approval produced.</summary>
    public const string AuthorizationCode = "authorization_code";

    /// <summary>RFC 6749 §6: a new access token from a refresh token.</summary>
    public const string RefreshToken = "refresh_token";

    /// <summary>RFC 7523 §2.2: the <c>client_assertion_type</c> of <c>private_key_jwt</c>.</summary>
    public const string JwtBearerClientAssertion = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
}
