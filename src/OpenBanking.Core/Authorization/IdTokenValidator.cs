using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Authorization;

/// <summary>
/// Verifies an id_token (OIDC Core §3.1.3.7 and §3.3.2.12, FAPI 1.0 Advanced §5.2.2.1, Read/Write API
/// Security Profile). Each failure is a <see cref="ValidationError"/> whose <c>Check</c> names the check:
/// <c>id_token.format</c>, <c>.alg</c>, <c>.kid</c>, <c>.signature</c>, <c>.iss</c>, <c>.aud</c>, <c>.azp</c>,
/// <c>.crit</c>, <c>.exp</c>, <c>.iat</c>, <c>.auth_time</c>, <c>.acr</c>, <c>.nonce</c>, <c>.c_hash</c>, <c>.s_hash</c>, <c>.sub</c>,
/// <c>.openbanking_intent_id</c>.
/// </summary>
public static class IdTokenValidator
{
    /// <summary>Verifies <paramref name="idToken"/> with a key from <paramref name="jwks"/> and checks every claim at <paramref name="now"/>.</summary>
    public static Either<OpenBankingError, IdTokenClaims> Validate(string idToken, JsonWebKeySet jwks, IdTokenExpectations expected, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(idToken);
        ArgumentNullException.ThrowIfNull(jwks);
        ArgumentNullException.ThrowIfNull(expected);
        return CompactJws.Decode(idToken, "id_token.format")
            .MapLeft(e => (OpenBankingError)e)
            .Bind(jws => Check(jws, jwks, expected, now));
    }

    /// <summary>
    /// The <c>c_hash</c>/<c>s_hash</c>/<c>at_hash</c> of <paramref name="value"/> for <paramref name="alg"/>: the left half of
    /// its SHA-256 hash (every supported algorithm uses SHA-256), base64url-encoded (OIDC Core §3.3.2.11).
    /// </summary>
    public static string LeftHalfHash(string value, string alg)
    {
        ArgumentNullException.ThrowIfNull(value);
        _ = alg; // PS256, ES256 and RS256 all hash with SHA-256.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Base64Url.EncodeToString(hash.AsSpan(0, hash.Length / 2));
    }

    private static Either<OpenBankingError, IdTokenClaims> Check(DecodedJws jws, JsonWebKeySet jwks, IdTokenExpectations expected, DateTimeOffset now)
    {
        if (!JwsAlgorithms.Supported.Contains(jws.Algorithm) || jws.Algorithm != expected.Algorithm)
        {
            return Fail("alg", $"the id_token is signed with '{jws.Algorithm}'; only {expected.Algorithm} is accepted (never none or HMAC)");
        }

        if (jws.Header.TryGetProperty("crit", out _))
        {
            // RFC 7515 §4.1.11: a recipient must refuse a JWS whose critical extensions it does not understand; we understand none.
            return Fail("crit", "the header names critical extensions this verifier does not implement");
        }

        return jwks.Find(jws.KeyId, jws.Algorithm, "id_token.kid")
            .MapLeft(e => (OpenBankingError)e)
            .Bind(key => jws.VerifyWith(key)
                ? CheckClaims(jws, expected, now)
                : Fail("signature", $"the signature does not verify with the bank's key '{key.Kid}'"));
    }

    private static Either<OpenBankingError, IdTokenClaims> CheckClaims(DecodedJws jws, IdTokenExpectations expected, DateTimeOffset now)
    {
        var issuer = jws.StringClaim("iss");
        if (issuer != expected.Issuer)
        {
            return Fail("iss", $"iss is '{issuer}', expected '{expected.Issuer}'");
        }

        var audiences = Audiences(jws.Claims);
        if (!audiences.Contains(expected.ClientId))
        {
            return Fail("aud", $"aud [{string.Join(", ", audiences)}] does not contain the client id '{expected.ClientId}'");
        }

        var azp = jws.StringClaim("azp");
        if ((audiences.Count > 1 || azp is not null) && azp != expected.ClientId)
        {
            return Fail("azp", $"azp must be the client id when present or when aud has several values (OIDC Core §3.1.3.7); it is '{azp}'");
        }

        if (jws.TimeClaim("exp") is not { } exp)
        {
            return Fail("exp", "exp is missing or not a NumericDate in seconds");
        }

        if (exp + expected.ClockSkew <= now)
        {
            return Fail("exp", $"the id_token expired at {exp:O} (now {now:O}, skew {expected.ClockSkew.TotalSeconds}s)");
        }

        if (jws.TimeClaim("iat") is not { } iat)
        {
            return Fail("iat", "iat is missing or not a NumericDate in seconds");
        }

        if (iat - expected.ClockSkew > now)
        {
            return Fail("iat", $"the id_token was issued in the future at {iat:O} (now {now:O}, skew {expected.ClockSkew.TotalSeconds}s)");
        }

        var authTime = jws.TimeClaim("auth_time");
        if (expected.MaxAge is { } maxAge)
        {
            if (authTime is null)
            {
                return Fail("auth_time", "auth_time is missing, but the request object asked for max_age (OIDC Core §3.1.2.1)");
            }

            if (now - authTime.Value > TimeSpan.FromSeconds(maxAge) + expected.ClockSkew)
            {
                return Fail("auth_time", $"the PSU authenticated at {authTime:O}, more than max_age {maxAge} s before {now:O}");
            }
        }

        var acr = jws.StringClaim("acr");
        if (expected.AcrValues is { } acrValues && (acr is null || !acrValues.Contains(acr)))
        {
            return Fail("acr", $"acr is '{acr ?? "(missing)"}', not one of the essential values requested ({string.Join(", ", acrValues)})");
        }

        if (jws.StringClaim("nonce") is not { } nonce || !ConstantTime.Equal(nonce, expected.Nonce))
        {
            return Fail("nonce", "nonce is missing or is not the one sent in the request object (a replayed id_token?)");
        }

        if (expected.Code is not null && !HashMatches(jws, "c_hash", expected.Code))
        {
            return Fail("c_hash", "c_hash is missing or is not the hash of the code in the same redirect");
        }

        if (expected.State is not null && !HashMatches(jws, "s_hash", expected.State))
        {
            return Fail("s_hash", "s_hash is missing or is not the hash of the state in the same redirect");
        }

        if (jws.StringClaim("sub") is not { Length: > 0 } subject)
        {
            return Fail("sub", "sub is missing");
        }

        var intent = jws.StringClaim("openbanking_intent_id");
        if (intent != expected.ConsentId)
        {
            return Fail("openbanking_intent_id", intent is null
                ? $"openbanking_intent_id is missing; expected the ConsentId '{expected.ConsentId}'"
                : $"openbanking_intent_id is '{intent}', not the ConsentId '{expected.ConsentId}'");
        }

        return new IdTokenClaims(subject, intent, iat, exp, acr, authTime);
    }

    private static bool HashMatches(DecodedJws jws, string claim, string value) =>
        jws.StringClaim(claim) is { } hash && ConstantTime.Equal(hash, LeftHalfHash(value, jws.Algorithm));

    private static List<string> Audiences(JsonElement claims) =>
        !claims.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.String ? [aud.GetString()!]
        : aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
        : [];


    private static Either<OpenBankingError, IdTokenClaims> Fail(string check, string detail) =>
        new ValidationError($"id_token.{check}", detail);
}
