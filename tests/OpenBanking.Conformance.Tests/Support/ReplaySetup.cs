using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>
/// The library configured from a recording's metadata, as the recorded client was, but with none of its secrets: a
/// signing key made here (its signatures are tolerated), a made-up client secret (recordings hold placeholders), no
/// transport files (nothing is sent). The clock stands still at the recording's time, like the bank's did.
/// </summary>
public static class ReplaySetup
{
    /// <summary>The client secret replays use: the recordings hold <c>&lt;client_secret&gt;</c>, never the real one.</summary>
    public const string MadeUpSecret = "replay-made-up-secret-7f3a";

    private static readonly Lazy<string> SigningKey = new(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    });

    /// <summary>The configuration the recorded client had, from <paramref name="traffic"/>'s metadata.</summary>
    public static ValidatedApiConfig Config(RecordedTraffic traffic, Func<ApiConfig, ApiConfig>? change = null)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        string Meta(string key) => traffic.Meta(key) ?? throw new InvalidOperationException($"{traffic.Source} has no '{key}' in its metadata");
        var authMethod = Meta("auth_method");
        var config = new ApiConfig
        {
            AuthServerIssuer = Meta("issuer"),
            AuthorizationEndpoint = Meta("authorization_endpoint"),
            TokenEndpoint = Meta("token_endpoint"),
            ResourceEndpoint = Meta("resource_endpoint"),
            JwksUri = Meta("jwks_uri"),
            ClientId = Meta("client_id"),
            ClientSecret = authMethod.StartsWith("client_secret", StringComparison.Ordinal) ? MadeUpSecret : null,
            TokenEndpointAuthMethod = authMethod,
            SigningKey = SigningKey.Value,
            SigningAlg = Meta("signing_alg"),
            Kid = Meta("kid"),
            AispBasePath = Meta("aisp_base_path"),
            RegisteredRedirectUrl = Meta("redirect_uri"),
            TransportCertFile = "(replay: nothing is sent)",
            TransportKeyFile = "(replay: nothing is sent)",
        };
        if (traffic.Meta("pisp_base_path") is { } pispBasePath)
        {
            // A payment recording: the payments scope, and what the x-jws-signatures carry and are checked against.
            config = config with
            {
                PispBasePath = pispBasePath,
                Scope = Meta("scope"),
                OrgId = Meta("org_id"),
                SoftwareStatementId = Meta("software_statement_id"),
                JwsTan = Meta("jws_tan"),
                AspspOrgId = Meta("aspsp_org_id"),
            };
        }

        return (change?.Invoke(config) ?? config).Validate().Right();
    }

    /// <summary>A clock standing at the recording's <c>recorded_at</c>.</summary>
    public static FakeTimeProvider Clock(RecordedTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return new FakeTimeProvider(DateTimeOffset.Parse(traffic.Meta("recorded_at")!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    /// <summary>The library's payment client as the recorded client, over <paramref name="http"/>, with sequential ids like the recording's.</summary>
    public static PaymentClient Payments(RecordedTraffic traffic, IRequestInterpreter http, ValidatedApiConfig? config = null) =>
        new(config ?? Config(traffic), http, Clock(traffic), IdSource.Sequential());

    /// <summary>The library as the recorded client, over <paramref name="http"/>, with sequential ids like the recording's.</summary>
    public static AccountInformationClient Library(RecordedTraffic traffic, IRequestInterpreter http, ValidatedApiConfig? config = null, TimeProvider? time = null, IdSource? ids = null) =>
        new(config ?? Config(traffic), http, time ?? Clock(traffic), ids ?? IdSource.Sequential());
}
