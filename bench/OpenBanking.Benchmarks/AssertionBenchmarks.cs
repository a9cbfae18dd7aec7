using BenchmarkDotNet.Attributes;
using OpenBanking.Core.Jose;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Benchmarks;

/// <summary>Issue 7 §1: a private_key_jwt client assertion (RFC 7523), ours against the limit and the two IdentityModel handlers.</summary>
public class AssertionBenchmarks : SigningBenchmarks
{
    private const string Audience = "https://aspsp.example.com/token";
    private SigningKey _key = null!;

    protected override void SetUpOurs() =>
        _key = Algorithm == "PS256" ? SigningKey.FromRsa(Rsa, Algorithm, Benchmarks.Kid) : SigningKey.FromECDsa(Ec, Benchmarks.Kid);

    [Benchmark(Description = "OpenBanking.Fx ClientAssertion.Create")]
    public string ClientAssertionCreate() => Ours();

    protected override string Ours() => ClientAssertion.Create(_key, Benchmarks.ClientId, Audience, Benchmarks.Jti, Benchmarks.Now, TimeSpan.FromMinutes(5))
        .Match(Right: token => token, Left: e => throw new InvalidOperationException(e.ToString()));

    protected override Dictionary<string, object> Claims() => new()
    {
        ["iss"] = Benchmarks.ClientId, ["sub"] = Benchmarks.ClientId, ["aud"] = Audience, ["jti"] = Benchmarks.Jti,
        ["iat"] = Benchmarks.Now.ToUnixTimeSeconds(), ["exp"] = Benchmarks.Now.AddMinutes(5).ToUnixTimeSeconds(),
    };
}
