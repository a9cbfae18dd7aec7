using OpenBanking.Core.Configuration;
using OpenBanking.Core.Protocol;

namespace MockAspsp.Hosting;

/// <summary>
/// Library configurations (the seed's snake_case JSON) for the demo clients, pointing at this bank and at the
/// certificates in its folder: what a TPP engineer (or <c>obx demo</c>) needs to talk to the mock.
/// </summary>
public static class DemoConfigs
{
    /// <summary>The demo redirect URI.</summary>
    public const string RedirectUri = "https://tpp.example.com/oauth2/callback";

    /// <summary>The configuration for <paramref name="client"/> against <paramref name="bank"/>.</summary>
    public static ApiConfig For(MockBank bank, RegisteredClient client)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(client);
        var issuer = bank.Issuer.Value;
        return new ApiConfig
        {
            AuthServerIssuer = issuer,
            AuthorizationEndpoint = bank.Issuer.AuthorizationEndpoint,
            TokenEndpoint = bank.Issuer.TokenEndpoint,
            ResourceEndpoint = issuer,
            JwksUri = $"{issuer}/jwks",
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            TokenEndpointAuthMethod = client.TokenEndpointAuthMethod,
            SigningKey = bank.Pki.TppSigningKeyPem(),
            SigningAlg = JwsAlgorithms.PS256,
            Kid = MockPki.TppSigningKid,
            Permissions =
            [
                ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail,
                ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits,
            ],
            RegisteredRedirectUrl = RedirectUri,
            TransportCertFile = Path.GetFullPath(bank.Pki.PathOf("tpp-transport.pem")),
            TransportKeyFile = Path.GetFullPath(bank.Pki.PathOf("tpp-transport.key")),
            CaBundleFile = Path.GetFullPath(bank.Pki.PathOf("bank-ca.pem")),
            // The scopes the client is registered for: a demo client's are "openid accounts payments". Its x-jws-signatures
            // carry its organisation and software statement; the bank's carry the bank's organisation id, signed the way
            // the bank is configured to sign (b64: false in its legacy mode).
            Scope = string.Join(' ', client.Scopes),
            OrgId = client.OrgId,
            SoftwareStatementId = client.SoftwareStatementId,
            JwsTan = bank.Options.JwsTan,
            AspspOrgId = bank.Options.OrgId,
            JwsUnencodedPayload = bank.Options.JwsB64False,
        };
    }

    /// <summary>Writes <c>client-{method}.json</c> for every demo client into the certificates folder.</summary>
    public static IReadOnlyList<string> Write(MockBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.Clients.All.Select(client =>
        {
            var file = bank.Pki.PathOf($"client-{client.Registration.TokenEndpointAuthMethod.Replace('_', '-')}.json");
            // The config holds the signing key and secrets: owner-only, like the key files.
            File.WriteAllText(file, "");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.WriteAllText(file, ApiConfigJson.Write(For(bank, client.Registration)));
            return file;
        }).ToList();
    }
}
