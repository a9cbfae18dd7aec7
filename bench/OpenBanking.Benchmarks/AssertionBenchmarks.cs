using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenBanking.Core.Jose;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 7 §1: a private_key_jwt client assertion, four ways in one process so the ratios hold on a noisy machine —
/// ours (<see cref="ClientAssertion.Create"/>), the limit (one raw signature over the same signing input, plus
/// base64url), Microsoft.IdentityModel's JsonWebTokenHandler and System.IdentityModel's JwtSecurityTokenHandler,
/// all producing the same header and claims.
/// </summary>
[MemoryDiagnoser]
public class AssertionBenchmarks
{
    private const string ClientId = "tpp-client-1";
    private const string Audience = "https://aspsp.example.com/token";
    private const string Jti = "5b0b54a5-8a7f-4c9a-9d0e-1f1c8f1b2d01";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private RSA _rsa = null!;
    private ECDsa _ec = null!;
    private SigningKey _ours = null!;
    private byte[] _signingInput = null!;
    private string _signingInputText = null!;
    private SigningCredentials _credentials = null!;
    private SecurityTokenDescriptor _descriptor = null!;
    private readonly JsonWebTokenHandler _jsonWebTokenHandler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler _jwtSecurityTokenHandler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>PS256 (RSA-2048) or ES256 (P-256).</summary>
    [Params("PS256", "ES256")]
    public string Algorithm { get; set; } = "PS256";

    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _ours = Algorithm == "PS256" ? SigningKey.FromRsa(_rsa, "PS256", "kid-1") : SigningKey.FromECDsa(_ec, "kid-1");
        var ours = Ours();
        _signingInputText = ours[..ours.LastIndexOf('.')];
        _signingInput = Encoding.ASCII.GetBytes(_signingInputText);
        SecurityKey key = Algorithm == "PS256" ? new RsaSecurityKey(_rsa) { KeyId = "kid-1" } : new ECDsaSecurityKey(_ec) { KeyId = "kid-1" };
        _credentials = new SigningCredentials(key, Algorithm);
        _descriptor = new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["iss"] = ClientId, ["sub"] = ClientId, ["aud"] = Audience, ["jti"] = Jti,
                ["iat"] = Now.ToUnixTimeSeconds(), ["exp"] = Now.AddMinutes(5).ToUnixTimeSeconds(),
            },
            SigningCredentials = _credentials,
        };
        Check();
    }

    [Benchmark(Description = "OpenBanking.Fx ClientAssertion.Create")]
    public string Ours() => ClientAssertion.Create(_ours, ClientId, Audience, Jti, Now, TimeSpan.FromMinutes(5));

    [Benchmark(Baseline = true, Description = "limit: raw SignData + base64url")]
    public string Raw()
    {
        var signature = Algorithm == "PS256"
            ? _rsa.SignData(_signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
            : _ec.SignData(_signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return string.Concat(_signingInputText, ".", Base64Url.EncodeToString(signature));
    }

    [Benchmark(Description = "JsonWebTokenHandler.CreateToken")]
    public string JsonWebTokenHandler() => _jsonWebTokenHandler.CreateToken(_descriptor);

    [Benchmark(Description = "JwtSecurityTokenHandler.WriteToken")]
    public string JwtSecurityTokenHandler() => _jwtSecurityTokenHandler.WriteToken(
        new System.IdentityModel.Tokens.Jwt.JwtSecurityToken(
            new System.IdentityModel.Tokens.Jwt.JwtHeader(_credentials),
            new System.IdentityModel.Tokens.Jwt.JwtPayload(_descriptor.Claims.Select(c => new System.Security.Claims.Claim(c.Key, c.Value.ToString()!, c.Value is long ? System.Security.Claims.ClaimValueTypes.Integer64 : System.Security.Claims.ClaimValueTypes.String)))));

    /// <summary>Every contender makes a token with the same claims, verifiable with the same key — else the comparison is void.</summary>
    private void Check()
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = _credentials.Key, ValidIssuer = ClientId, ValidAudience = Audience,
            ValidateLifetime = false, ValidAlgorithms = [Algorithm],
        };
        foreach (var (name, token) in new[] { ("ours", Ours()), ("raw", Raw()), ("JsonWebTokenHandler", JsonWebTokenHandler()), ("JwtSecurityTokenHandler", JwtSecurityTokenHandler()) })
        {
            var result = _jsonWebTokenHandler.ValidateTokenAsync(token, parameters).GetAwaiter().GetResult();
            if (!result.IsValid || ((JsonWebToken)result.SecurityToken).GetPayloadValue<string>("jti") != Jti || ((JsonWebToken)result.SecurityToken).GetPayloadValue<string>("sub") != ClientId)
            {
                throw new InvalidOperationException($"{name} made a token the others' verifier refuses: {result.Exception?.Message}");
            }
        }
    }
}
