using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NUnit.Framework;

namespace OpenBanking.TestSupport;

/// <summary>
/// An independent JWT implementation (Microsoft.IdentityModel) to check ours: tokens we sign are
/// verified with it, and id_tokens the validator reads are made with it.
/// </summary>
public static class Jwt
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Verifies <paramref name="token"/>'s signature with <paramref name="key"/> (and nothing else) and returns it decoded.</summary>
    public static JsonWebToken Verified(string token, AsymmetricAlgorithm key, string alg)
    {
        SecurityKey securityKey = key switch
        {
            RSA rsa => new RsaSecurityKey(rsa.ExportParameters(false)),
            ECDsa ec => new ECDsaSecurityKey(ECDsa.Create(ec.ExportParameters(false))),
            _ => throw new ArgumentException("unsupported key", nameof(key)),
        };
        var result = Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = securityKey,
            ValidAlgorithms = [alg],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            TryAllIssuerSigningKeys = true,
        }).GetAwaiter().GetResult();
        Assert.That(result.IsValid, Is.True, () => $"signature did not verify: {result.Exception?.Message}");
        return (JsonWebToken)result.SecurityToken;
    }

    /// <summary>Signs <paramref name="claims"/> as the bank would sign an id_token.</summary>
    public static string Sign(IDictionary<string, object> claims, RSA key, string kid, string alg = SecurityAlgorithms.RsaSsaPssSha256) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, alg),
        });

    /// <summary>A token with an arbitrary header, unsigned or with a made-up signature: for tokens that must be refused.</summary>
    public static string Forged(string headerJson, string claimsJson, string signature = "") =>
        $"{Base64UrlEncoder.Encode(headerJson)}.{Base64UrlEncoder.Encode(claimsJson)}.{signature}";
}
