using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 7 §1: one JWT four ways in one process, so the ratios hold on a noisy machine — ours (in the derived class),
/// the limit (one raw signature over the same signing input, base64url, and the token string: nothing else can be
/// cheaper), Microsoft.IdentityModel's JsonWebTokenHandler and System.IdentityModel's JwtSecurityTokenHandler. Set-up
/// checks that every contender makes a token with the same header and claims, verifiable with the same key: otherwise
/// the comparison is void.
/// </summary>
[MemoryDiagnoser]
public abstract class SigningBenchmarks
{
    private RSA _rsa = null!;
    private ECDsa _ec = null!;
    private bool _stubbed;
    private byte[] _signingInput = null!;
    private string _signingInputText = null!;
    private SigningCredentials _credentials = null!;
    private SecurityTokenDescriptor _descriptor = null!;
    private readonly JsonWebTokenHandler _jsonWebTokenHandler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler _jwtSecurityTokenHandler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>PS256 (RSA-2048) or ES256 (P-256).</summary>
    [Params("PS256", "ES256")]
    public string Algorithm { get; set; } = "PS256";

    /// <summary>The signing key as PKCS#8 PEM, for contenders that load their own.</summary>
    protected string KeyPem { get; private set; } = null!;

    /// <summary>The RSA key (PS256) every contender signs with.</summary>
    protected RSA Rsa => _rsa;

    /// <summary>The P-256 key (ES256) every contender signs with.</summary>
    protected ECDsa Ec => _ec;

    /// <summary>
    /// PS256 with the private-key operation skipped (<see cref="StubbedRsa"/>), for <c>--paired</c>: what each contender
    /// does besides the signature. Only for contenders that take the key object (<see cref="SetUpOurs"/> must use <see cref="Rsa"/>).
    /// </summary>
    internal void StubTheSignature() => _stubbed = true;

    /// <summary>The claims every contender signs, as IdentityModel takes them (nested objects as dictionaries).</summary>
    protected abstract Dictionary<string, object> Claims();

    /// <summary>Ours, once set up: makes the token.</summary>
    protected abstract string Ours();

    /// <summary>Makes our side of the comparison from <see cref="KeyPem"/>.</summary>
    protected abstract void SetUpOurs();

    [GlobalSetup]
    public void Setup()
    {
        _rsa = _stubbed ? new StubbedRsa() : RSA.Create(2048);
        _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        KeyPem = Algorithm == "PS256" ? _rsa.ExportPkcs8PrivateKeyPem() : _ec.ExportPkcs8PrivateKeyPem();
        SetUpOurs();
        var ours = Ours();
        _signingInputText = ours[..ours.LastIndexOf('.')];
        _signingInput = Encoding.ASCII.GetBytes(_signingInputText);
        SecurityKey key = Algorithm == "PS256" ? new RsaSecurityKey(_rsa) { KeyId = Benchmarks.Kid } : new ECDsaSecurityKey(_ec) { KeyId = Benchmarks.Kid };
        _credentials = new SigningCredentials(key, Algorithm);
        _descriptor = new SecurityTokenDescriptor { Claims = Claims(), SigningCredentials = _credentials };
        Check(ours);
    }

    [Benchmark(Baseline = true, Description = "limit: raw SignData + base64url")]
    public string Raw()
    {
        var signature = Algorithm == "PS256"
            ? _rsa.SignData(_signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
            : _ec.SignData(_signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return string.Create(_signingInputText.Length + 1 + Base64Url.GetEncodedLength(signature.Length), (_signingInputText, signature), static (span, s) =>
        {
            s._signingInputText.CopyTo(span);
            span[s._signingInputText.Length] = '.';
            Base64Url.EncodeToChars(s.signature, span[(s._signingInputText.Length + 1)..]);
        });
    }

    [Benchmark(Description = "JsonWebTokenHandler.CreateToken")]
    public string JsonWebTokenHandler() => _jsonWebTokenHandler.CreateToken(_descriptor);

    [Benchmark(Description = "JwtSecurityTokenHandler.WriteToken")]
    public string JwtSecurityTokenHandler()
    {
        var payload = new System.IdentityModel.Tokens.Jwt.JwtPayload();
        foreach (var (name, value) in _descriptor.Claims)
        {
            payload[name] = value;
        }

        return _jwtSecurityTokenHandler.WriteToken(new System.IdentityModel.Tokens.Jwt.JwtSecurityToken(new System.IdentityModel.Tokens.Jwt.JwtHeader(_credentials), payload));
    }

    private void Check(string ours)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = _credentials.Key, ValidateIssuer = false, ValidateAudience = false,
            ValidateLifetime = false, ValidAlgorithms = [Algorithm],
        };
        var (header, payload) = Decoded(ours);
        foreach (var (name, token) in new[] { ("ours", ours), ("raw", Raw()), ("JsonWebTokenHandler", JsonWebTokenHandler()), ("JwtSecurityTokenHandler", JwtSecurityTokenHandler()) })
        {
            var result = _jsonWebTokenHandler.ValidateTokenAsync(token, parameters).GetAwaiter().GetResult();
            var (otherHeader, otherPayload) = Decoded(token);
            // A stubbed signature verifies nowhere; the header and claims must still be ours.
            if ((!result.IsValid && !_stubbed) || !JsonNode.DeepEquals(header, otherHeader) || !JsonNode.DeepEquals(payload, otherPayload))
            {
                throw new InvalidOperationException(
                    $"{name} made a different or unverifiable token ({result.Exception?.Message}): {otherHeader?.ToJsonString()} {otherPayload?.ToJsonString()}, ours {header?.ToJsonString()} {payload?.ToJsonString()}");
            }
        }
    }

    private static (JsonNode? Header, JsonNode? Payload) Decoded(string token)
    {
        var parts = token.Split('.');
        return (JsonNode.Parse(Base64Url.DecodeFromChars(parts[0])), JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])));
    }
}
