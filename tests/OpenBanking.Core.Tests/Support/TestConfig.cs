using OpenBanking.Core.Configuration;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Tests.Support;

/// <summary>Configurations for a fictional bank at aspsp.example.com; no test sends anything there.</summary>
internal static class TestConfig
{
    public const string Issuer = "https://aspsp.example.com";
    public const string ClientId = "abc8bebb-f67e-4485-bfd9-6656d87a681c";
    public const string ClientSecret = "c8be8546+ccac/4536=b9b8";
    public const string RedirectUrl = "https://tpp.example.com/oauth2/callback";

    public static ApiConfig Raw(string authMethod = "private_key_jwt", string signingAlg = JwsAlgorithms.PS256) => new()
    {
        AuthServerIssuer = Issuer,
        AuthorizationEndpoint = "https://aspsp.example.com/auth",
        TokenEndpoint = "https://aspsp.example.com/token",
        ResourceEndpoint = "https://rs.aspsp.example.com",
        JwksUri = "https://aspsp.example.com/jwks",
        ClientId = ClientId,
        ClientSecret = authMethod.StartsWith("client_secret", StringComparison.Ordinal) ? ClientSecret : null,
        TokenEndpointAuthMethod = authMethod,
        SigningKey = signingAlg == JwsAlgorithms.ES256 ? TestKeys.TppEcPem : TestKeys.TppRsaPem,
        SigningAlg = signingAlg,
        Kid = TestKeys.TppKid,
        Permissions = [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits],
        RegisteredRedirectUrl = RedirectUrl,
        Scope = "openid accounts",
        TransportCertFile = "./certificates/transport.pem",
        TransportKeyFile = "./certificates/transport.key",
    };

    public static ValidatedApiConfig Valid(string authMethod = "private_key_jwt", string signingAlg = JwsAlgorithms.PS256) =>
        Validated(Raw(authMethod, signingAlg));

    public static ValidatedApiConfig Validated(ApiConfig config) =>
        config.Validate().Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));
}
