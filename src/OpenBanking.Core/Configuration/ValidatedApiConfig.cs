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
        PisBasePath = ApiVersions.BasePath(source.PispBasePath, ApiConfig.DefaultPisBasePath, "pisp", source.ApiVersion);
        CbpiiBasePath = ApiVersions.BasePath(source.CbpiiBasePath, ApiConfig.DefaultCbpiiBasePath, "cbpii", source.ApiVersion);
        ApiVersion = source.ApiVersion;
    }

    /// <summary>The Payment Initiation API base path in use (VRP included): <c>pisp_base_path</c>, or the one <c>api_version</c> gives.</summary>
    public string PisBasePath { get; }

    /// <summary>The Confirmation of Funds API base path in use: <c>cbpii_base_path</c>, or the one <c>api_version</c> gives.</summary>
    public string CbpiiBasePath { get; }

    /// <summary>The Read/Write API version configured (<c>api_version</c>), or null for v3.1.11.</summary>
    public string? ApiVersion { get; }

    /// <summary>
    /// The base path of the API family whose paths end in <paramref name="segment"/>: the configured one for <c>aisp</c>,
    /// <c>pisp</c> and <c>cbpii</c>; for any other family <c>/open-banking/v{major}.{minor}/{segment}</c> of the configured
    /// version (v3.1 when none is set).
    /// </summary>
    public string BasePath(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return segment switch
        {
            "aisp" => AisBasePath,
            "pisp" => PisBasePath,
            "cbpii" => CbpiiBasePath,
            _ => ApiVersions.BasePath($"/open-banking/v3.1/{segment}", $"/open-banking/v3.1/{segment}", segment, ApiVersion),
        };
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
