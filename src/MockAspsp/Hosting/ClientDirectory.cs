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

    /// <summary>The demo TPP's organisation id (its transport certificate's OU).</summary>
    public const string DemoOrgId = "0015800001041RHAAY";

    /// <summary>The demo clients registered when the configuration names none: one per authentication method.</summary>
    public static IReadOnlyList<RegisteredClient> DemoClients(MockPki pki)
    {
        ArgumentNullException.ThrowIfNull(pki);
        string[] redirects = ["https://tpp.example.com/oauth2/callback", "http://127.0.0.1:8765/callback"];
        // Every demo client is bound to the demo transport certificate's subject, as a bank binds a registration to it: an
        // RFC 4514 string, most specific RDN first (RFC 8705 §2.1.2).
        const string dn = "CN=obfx-demo-tpp,OU=0015800001041RHAAY,O=OpenBanking.Fx Demo TPP,C=GB";
        // One organisation (the certificate's OU), one software statement per client: as in the directory, the software
        // statement id doubles as the client id. Every demo client may initiate payments as well as read accounts.
        RegisteredClient Demo(string clientId, string method, string? secret = null) => new()
        {
            ClientId = clientId, TokenEndpointAuthMethod = method, ClientSecret = secret, Jwks = pki.TppJwks, RedirectUris = redirects,
            CertificateSubjectDn = dn, OrgId = DemoOrgId, SoftwareStatementId = clientId, Scopes = ["openid", "accounts", "payments"],
        };
        return
        [
            Demo("obfx-demo-private-key-jwt", "private_key_jwt"),
            Demo("obfx-demo-client-secret-basic", "client_secret_basic", DemoSecrets.Basic),
            Demo("obfx-demo-client-secret-post", "client_secret_post", DemoSecrets.Post),
            Demo("obfx-demo-tls-client-auth", "tls_client_auth"),
        ];
    }

    private static List<SecurityKey> Keys(RegisteredClient client)
    {
        var json = client.Jwks ?? (client.JwksFile is { } file ? File.ReadAllText(file) : null);
        return json is null ? [] : new JsonWebKeySet(json).GetSigningKeys().ToList();
    }
}
