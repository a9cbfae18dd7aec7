using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>The bank's id_tokens (OIDC Core §2, §3.3.2.11; FAPI 1.0 Advanced §5.2.2.1), signed with the bank's key.</summary>
public sealed class IdTokens(MockPki pki, BankIssuer issuer, MockAspspOptions options)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>
    /// An id_token for <paramref name="subject"/>; with <paramref name="code"/> and <paramref name="state"/> it carries
    /// c_hash and s_hash, as the hybrid flow's front-channel id_token must.
    /// </summary>
    public string Create(IdTokenSubject subject, string algorithm, DateTimeOffset now, string? code = null, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var claims = new Dictionary<string, object>
        {
            ["iss"] = issuer.Value,
            ["sub"] = subject.ConsentId,
            ["aud"] = subject.ClientId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddSeconds(options.IdTokenLifetimeSeconds).ToUnixTimeSeconds(),
            ["auth_time"] = subject.AuthTime.ToUnixTimeSeconds(),
            ["nonce"] = subject.Nonce,
            ["acr"] = "urn:openbanking:psd2:sca",
            ["openbanking_intent_id"] = subject.ConsentId,
        };
        if (code is not null)
        {
            claims["c_hash"] = LeftHalfHash(code);
        }

        if (state is not null)
        {
            claims["s_hash"] = LeftHalfHash(state);
        }

        var key = new RsaSecurityKey(pki.BankSigningKey) { KeyId = MockPki.BankSigningKid };
        var alg = algorithm == "RS256" ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.RsaSsaPssSha256;
        return Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = new SigningCredentials(key, alg) });
    }

    /// <summary>The bank's public keys, as a JWKS document.</summary>
    public string Jwks() => new OpenBanking.Core.Jose.JsonWebKeySet(
        [OpenBanking.Core.Jose.JsonWebKey.FromRsa(pki.BankSigningKey.ExportParameters(false), MockPki.BankSigningKid, "PS256") with { Alg = null }]).ToJson();

    private static string LeftHalfHash(string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Base64Url.EncodeToString(hash.AsSpan(0, hash.Length / 2));
    }
}
