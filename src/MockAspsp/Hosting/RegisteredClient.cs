namespace MockAspsp.Hosting;

/// <summary>A TPP client registered with the mock bank (what a real bank keeps from dynamic client registration).</summary>
public sealed record RegisteredClient
{
    /// <summary>The client id.</summary>
    public required string ClientId { get; init; }

    /// <summary><c>client_secret_basic</c>, <c>client_secret_post</c>, <c>private_key_jwt</c> or <c>tls_client_auth</c>.</summary>
    public required string TokenEndpointAuthMethod { get; init; }

    /// <summary>The client secret, for the client_secret methods.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The client's public keys as a JWKS JSON document (verifies client assertions and request objects).</summary>
    public string? Jwks { get; init; }

    /// <summary>A file holding the client's JWKS, read at start-up when <see cref="Jwks"/> is not given.</summary>
    public string? JwksFile { get; init; }

    /// <summary>Registered redirect URIs; the request object's must be one of them, exactly.</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>
    /// The subject DN the client's transport certificate must have, checked for every authentication method: an RFC 4514
    /// string, most specific RDN first (<c>CN=my-tpp,O=My TPP,C=GB</c>), compared RDN by RDN in order (RFC 8705 §2.1.2).
    /// </summary>
    public string? CertificateSubjectDn { get; init; }

    /// <summary>The scopes the client may be granted.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = ["openid", "accounts"];

    /// <summary>The grant types the client may use.</summary>
    public IReadOnlyList<string> GrantTypes { get; init; } = ["client_credentials", "authorization_code", "refresh_token"];

    /// <summary>The algorithms accepted on the client's assertions and request objects.</summary>
    public IReadOnlyList<string> SigningAlgorithms { get; init; } = ["PS256", "ES256"];

    /// <summary>
    /// The TPP's organisation id in the directory: with <see cref="SoftwareStatementId"/>, what its x-jws-signature's
    /// <c>http://openbanking.org.uk/iss</c> must say (<c>{org id}/{software statement id}</c>).
    /// </summary>
    public string? OrgId { get; init; }

    /// <summary>The software statement the client was registered with.</summary>
    public string? SoftwareStatementId { get; init; }

    /// <summary>The algorithm the bank signs this client's id_tokens with.</summary>
    public string IdTokenSignedResponseAlg { get; init; } = "PS256";

    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"RegisteredClient({ClientId}, {TokenEndpointAuthMethod})";
}
