using BenchmarkDotNet.Attributes;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Http;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 7 §1: the signed request object of the consent URL (OIDC Core §6.1, FAPI 1.0 Advanced §5.2.2), ours against
/// the limit and the two IdentityModel handlers with the same claims; and the whole consent URL around it, to show
/// what the URL adds.
/// </summary>
public class RequestObjectBenchmarks : SigningBenchmarks
{
    private const string ConsentId = "aac-7c3d5f0e-2b1a-4c9d-8e6f-0a1b2c3d4e5f";
    private const string State = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private const string Nonce = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
    private ValidatedApiConfig _config = null!;

    protected override void SetUpOurs() =>
        _config = new ApiConfig
        {
            AuthServerIssuer = "https://aspsp.example.com",
            AuthorizationEndpoint = "https://aspsp.example.com/auth",
            TokenEndpoint = "https://aspsp.example.com/token",
            ResourceEndpoint = "https://rs.aspsp.example.com",
            JwksUri = "https://aspsp.example.com/jwks",
            ClientId = Benchmarks.ClientId,
            TokenEndpointAuthMethod = "private_key_jwt",
            SigningKey = KeyPem,
            SigningAlg = Algorithm,
            Kid = Benchmarks.Kid,
            RegisteredRedirectUrl = "https://tpp.example.com/oauth2/callback",
            // Named, never read: building a request object touches no file.
            TransportCertFile = "transport.pem",
            TransportKeyFile = "transport.key",
        }.Validate().Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));

    [Benchmark(Description = "OpenBanking.Fx RequestObject.Create")]
    public string RequestObjectCreate() => Ours();

    [Benchmark(Description = "OpenBanking.Fx RequestObject.ConsentUrl (object + URL)")]
    public ConsentUrl ConsentUrl() => RequestObject.ConsentUrl(_config, ConsentId, Benchmarks.Now, Ids.Instance, State, Nonce)
        .Match(Right: url => url, Left: e => throw new InvalidOperationException(e.ToString()));

    protected override string Ours() => RequestObject.Create(_config, ConsentId, State, Nonce, Benchmarks.Jti, Benchmarks.Now)
        .Match(Right: token => token, Left: e => throw new InvalidOperationException(e.ToString()));

    protected override Dictionary<string, object> Claims()
    {
        Dictionary<string, object> Intent() => new() { ["value"] = ConsentId, ["essential"] = true };
        var now = Benchmarks.Now;
        return new()
        {
            ["iss"] = Benchmarks.ClientId, ["aud"] = "https://aspsp.example.com", ["response_type"] = "code id_token",
            ["client_id"] = Benchmarks.ClientId, ["redirect_uri"] = "https://tpp.example.com/oauth2/callback",
            ["scope"] = "openid accounts", ["state"] = State, ["nonce"] = Nonce, ["max_age"] = 86400,
            ["iat"] = now.ToUnixTimeSeconds(), ["nbf"] = now.AddSeconds(-30).ToUnixTimeSeconds(), ["exp"] = now.AddMinutes(10).ToUnixTimeSeconds(),
            ["jti"] = Benchmarks.Jti,
            ["claims"] = new Dictionary<string, object>
            {
                ["userinfo"] = new Dictionary<string, object> { ["openbanking_intent_id"] = Intent() },
                ["id_token"] = new Dictionary<string, object>
                {
                    ["openbanking_intent_id"] = Intent(),
                    ["acr"] = new Dictionary<string, object> { ["essential"] = true, ["values"] = new[] { "urn:openbanking:psd2:sca", "urn:openbanking:psd2:ca" } },
                },
            },
        };
    }

    /// <summary>The consent URL takes only the jti from its id source when state and nonce are given: always the same one here.</summary>
    private sealed class Ids : IdSource
    {
        public static Ids Instance { get; } = new();

        public override string NewId() => Benchmarks.Jti;
    }
}
