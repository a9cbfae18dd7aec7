using OpenBanking.Core.Jose;

namespace OpenBanking.Core.Configuration;

/// <summary>
/// A configuration that passed <see cref="ApiConfig.Validate"/>: endpoints parsed, the auth method
/// known, the signing key loaded. Builders take this, so they never re-check or re-parse.
/// </summary>
public sealed class ValidatedApiConfig
{
    internal ValidatedApiConfig(ApiConfig source, TokenEndpointAuthMethod authMethod, SigningKey? signingKey)
    {
        Source = source;
        AuthMethod = authMethod;
        SigningKey = signingKey;
        Issuer = source.AuthServerIssuer!;
        AuthorizationEndpoint = new Uri(source.AuthorizationEndpoint!);
        TokenEndpoint = new Uri(source.TokenEndpoint!);
        ResourceEndpoint = new Uri(source.ResourceEndpoint!);
        JwksUri = source.JwksUri is null ? null : new Uri(source.JwksUri);
        ClientId = source.ClientId!;
        RedirectUri = source.RegisteredRedirectUrl!;
        AisBasePath = ApiVersions.AisBasePath(source.AispBasePath, source.ApiVersion);
    }

    /// <summary>The Account and Transaction API base path in use: <c>aisp_base_path</c>, or the one <c>api_version</c> gives when that is left at its default.</summary>
    public string AisBasePath { get; }

    /// <summary>The configuration as given.</summary>
    public ApiConfig Source { get; }

    /// <summary>The issuer string, compared exactly with id_token <c>iss</c> (no normalisation).</summary>
    public string Issuer { get; }

    /// <summary>The authorisation endpoint.</summary>
    public Uri AuthorizationEndpoint { get; }

    /// <summary>The token endpoint.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>The resource server's base URL.</summary>
    public Uri ResourceEndpoint { get; }

    /// <summary>The bank's JWKS URL, when configured.</summary>
    public Uri? JwksUri { get; }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The registered redirect URI, exactly as registered.</summary>
    public string RedirectUri { get; }

    /// <summary>The token endpoint authentication method.</summary>
    public TokenEndpointAuthMethod AuthMethod { get; }

    /// <summary>The signing key, when one is configured (required for <c>private_key_jwt</c> and for request objects).</summary>
    public SigningKey? SigningKey { get; }

    /// <summary>The configured scopes, split on spaces.</summary>
    public IReadOnlyList<string> Scopes => Source.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override string ToString() => $"ValidatedApiConfig({Source})";
}
