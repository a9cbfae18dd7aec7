using System.Text.Json;
using LanguageExt;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MockAspsp.Features.OAuth;

/// <summary>
/// Signature checks on JWTs a client sends (client assertions, request objects), done with
/// Microsoft.IdentityModel — an implementation independent of the OpenBanking.Fx library under test.
/// </summary>
public static class SignedJwt
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>
    /// Reads <paramref name="token"/> and verifies its signature with <paramref name="keys"/>, accepting only
    /// <paramref name="algorithms"/>. <c>none</c> and every HMAC algorithm are refused before anything else, so an
    /// HS256 token keyed with the client's public key never gets near a key.
    /// </summary>
    public static async Task<Either<string, JsonWebToken>> Verify(string token, IReadOnlyList<SecurityKey> keys, IReadOnlyList<string> algorithms)
    {
        JsonWebToken jwt;
        try
        {
            jwt = Handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            return "it is not a compact JWS";
        }

        if (jwt.Alg is null || jwt.Alg.Equals("none", StringComparison.OrdinalIgnoreCase) || jwt.Alg.StartsWith("HS", StringComparison.OrdinalIgnoreCase))
        {
            return $"alg '{jwt.Alg}' is never accepted (no unsigned or HMAC tokens)";
        }

        if (!algorithms.Contains(jwt.Alg))
        {
            return $"alg '{jwt.Alg}' is not one the client registered ({string.Join(", ", algorithms)})";
        }

        if (CriticalHeaderProblem(jwt) is { } critical)
        {
            return critical;
        }

        if (keys.Count == 0)
        {
            return "the client registered no signing keys";
        }

        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keys,
            ValidAlgorithms = algorithms,
            TryAllIssuerSigningKeys = true,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
        });
        return result.IsValid ? jwt : $"the signature does not verify with the client's registered keys (kid '{jwt.Kid}')";
    }

    /// <summary>Header parameters RFC 7515 §4.1 and RFC 7516 §4.1 define, which crit must not list.</summary>
    private static readonly string[] Registered = ["alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit", "enc", "zip"];

    /// <summary>
    /// RFC 7515 §4.1.11: a recipient must refuse a JWS whose <c>crit</c> names an extension it does not understand, and
    /// <c>crit</c> must be a non-empty list of names that are not registered header parameters. This bank understands no
    /// extension for client assertions and request objects (not even RFC 7797's <c>b64</c>), so any <c>crit</c> is refused.
    /// </summary>
    private static string? CriticalHeaderProblem(JsonWebToken jwt)
    {
        using var header = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedHeader));
        if (!header.RootElement.TryGetProperty("crit", out var crit))
        {
            return null;
        }

        if (crit.ValueKind != JsonValueKind.Array || crit.GetArrayLength() == 0 || crit.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String))
        {
            return "crit must be a non-empty array of header parameter names (RFC 7515 §4.1.11)";
        }

        var names = crit.EnumerateArray().Select(n => n.GetString()!).ToList();
        return names.FirstOrDefault(Registered.Contains) is { } registered
            ? $"crit lists '{registered}', a header parameter the JWS specification defines, which crit must not list (RFC 7515 §4.1.11)"
            : $"crit lists {string.Join(", ", names.Select(n => $"'{n}'"))}: extensions this bank does not understand, so it refuses the JWS (RFC 7515 §4.1.11)";
    }

    /// <summary>A claim as a string, or null.</summary>
    public static string? StringClaim(this JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<object>(name, out var value) && value is string s ? s : null;

    /// <summary>A NumericDate claim, or null when absent or not a number.</summary>
    public static DateTimeOffset? Time(this JsonWebToken jwt, string name)
    {
        if (!jwt.TryGetPayloadValue<object>(name, out var value))
        {
            return null;
        }

        double? seconds = value switch
        {
            long l => l,
            int i => i,
            double d => d,
            decimal m => (double)m,
            _ => null,
        };
        return seconds is >= 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds((long)seconds.Value) : null;
    }

    /// <summary>The <c>aud</c> claim's values.</summary>
    public static IReadOnlyList<string> Audiences(this JsonWebToken jwt) => jwt.Audiences.ToList();
}
