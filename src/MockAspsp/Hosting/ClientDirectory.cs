using Microsoft.IdentityModel.Tokens;

namespace MockAspsp.Hosting;

/// <summary>The registered clients, with their JWKS read and parsed once at start-up.</summary>
public sealed class ClientDirectory
{
    private readonly Dictionary<string, KnownClient> _clients;

    /// <summary>Reads each client's keys (inline JWKS or file); a client whose keys cannot be read stops start-up.</summary>
    public ClientDirectory(IEnumerable<RegisteredClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _clients = clients.ToDictionary(c => c.ClientId, c => new KnownClient(c, Keys(c)), StringComparer.Ordinal);
    }

    /// <summary>All clients.</summary>
    public IReadOnlyCollection<KnownClient> All => _clients.Values;

    /// <summary>The client with <paramref name="clientId"/>, or null.</summary>
    public KnownClient? Find(string? clientId) => clientId is not null && _clients.TryGetValue(clientId, out var client) ? client : null;

    /// <summary>The demo clients registered when the configuration names none: one per authentication method.</summary>
    public static IReadOnlyList<RegisteredClient> DemoClients(MockPki pki)
    {
        ArgumentNullException.ThrowIfNull(pki);
        string[] redirects = ["https://tpp.example.com/oauth2/callback", "http://127.0.0.1:8765/callback"];
        // Every demo client is bound to the demo transport certificate's subject, as a bank binds a registration to it: an
        // RFC 4514 string, most specific RDN first (RFC 8705 §2.1.2).
        const string dn = "CN=obfx-demo-tpp,OU=0015800001041RHAAY,O=OpenBanking.Fx Demo TPP,C=GB";
        return
        [
            new() { ClientId = "obfx-demo-private-key-jwt", TokenEndpointAuthMethod = "private_key_jwt", Jwks = pki.TppJwks, RedirectUris = redirects, CertificateSubjectDn = dn },
            new() { ClientId = "obfx-demo-client-secret-basic", TokenEndpointAuthMethod = "client_secret_basic", ClientSecret = DemoSecrets.Basic, Jwks = pki.TppJwks, RedirectUris = redirects, CertificateSubjectDn = dn },
            new() { ClientId = "obfx-demo-client-secret-post", TokenEndpointAuthMethod = "client_secret_post", ClientSecret = DemoSecrets.Post, Jwks = pki.TppJwks, RedirectUris = redirects, CertificateSubjectDn = dn },
            new() { ClientId = "obfx-demo-tls-client-auth", TokenEndpointAuthMethod = "tls_client_auth", CertificateSubjectDn = dn, Jwks = pki.TppJwks, RedirectUris = redirects },
        ];
    }

    private static List<SecurityKey> Keys(RegisteredClient client)
    {
        var json = client.Jwks ?? (client.JwksFile is { } file ? File.ReadAllText(file) : null);
        return json is null ? [] : new JsonWebKeySet(json).GetSigningKeys().ToList();
    }
}
