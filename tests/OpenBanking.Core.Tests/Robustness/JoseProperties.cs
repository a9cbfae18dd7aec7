using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Tests.Support;

namespace OpenBanking.Core.Tests.Robustness;

/// <summary>
/// The JOSE readers on mutated input: a JWKS and every key in it (verification included), a compact JWS's header and
/// payload, and a signed id_token's claims. Never an exception; never an accepted token without a claim the checks need.
/// </summary>
[Category("Property")]
public class JoseProperties
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private const string Header = """{"alg":"PS256","kid":"bank-signing-kid","typ":"JWT"}""";
    private static readonly Lock SigningLock = new();
    private static readonly byte[] Data = Encoding.ASCII.GetBytes("header.payload");

    private static readonly IdTokenExpectations Expected = new(TestConfig.Issuer, TestConfig.ClientId, "PS256", "the-nonce", "urn-intent-1",
        TimeSpan.FromMinutes(2), "the-code", "the-state", MaxAge: 86400, AcrValues: ["urn:openbanking:psd2:sca"]);

    private static readonly string Claims = $$"""
        {"iss": "{{TestConfig.Issuer}}", "aud": ["{{TestConfig.ClientId}}"], "azp": "{{TestConfig.ClientId}}", "sub": "urn-intent-1",
         "openbanking_intent_id": "urn-intent-1", "acr": "urn:openbanking:psd2:sca", "nonce": "the-nonce",
         "iat": {{Now.AddSeconds(-5).ToUnixTimeSeconds()}}, "exp": {{Now.AddMinutes(5).ToUnixTimeSeconds()}}, "auth_time": {{Now.AddSeconds(-30).ToUnixTimeSeconds()}},
         "c_hash": "{{IdTokenValidator.LeftHalfHash("the-code", "PS256")}}", "s_hash": "{{IdTokenValidator.LeftHalfHash("the-state", "PS256")}}"}
        """;

    private static readonly string[] RequiredClaims =
        ["$.iss", "$.aud", "$.sub", "$.openbanking_intent_id", "$.acr", "$.nonce", "$.iat", "$.exp", "$.auth_time", "$.c_hash", "$.s_hash"];

    private static string Jwks =>
        new JsonWebKeySet([.. TestKeys.BankJwks.Keys, JsonWebKey.FromEc(TestKeys.TppEc.ExportParameters(false), "ec-kid")]).ToJson();

    [Test]
    public void A_mutated_jwks_parses_or_is_refused_and_every_key_it_gives_verifies_or_not_without_throwing()
    {
        var signature = new byte[256];

        PropertyRun.Check("JWKS parse and verify", MutatedBody.From(Jwks), body =>
            JsonWebKeySet.Parse(JsonMutation.Text(body.Body, -1)).Match(
                Right: jwks =>
                {
                    foreach (var key in jwks.Keys)
                    {
                        _ = jwks.Find(key.Kid, "PS256", "id_token.kid");
                        Assert.That(key.Verify("PS256", Data, signature) || key.Verify("ES256", Data, signature.AsSpan(0, 64)), Is.False);
                    }
                },
                Left: error => Assert.That(error.Message, Is.Not.Empty)),
            body => body.ToString());
    }

    [Test]
    public void A_jwks_without_keys_is_refused()
    {
        PropertyRun.Check("JWKS without keys", MutatedBody.TextWithout(Jwks, ["$.keys"]),
            input => Assert.That(JsonWebKeySet.Parse(Encoding.UTF8.GetString(input.Body.Body)).IsLeft, Is.True),
            input => input.Body.ToString());
    }

    [Test]
    public void A_compact_jws_with_a_mutated_header_or_payload_decodes_or_is_refused_without_throwing()
    {
        var inputs = Gen.Select(MutatedBody.From(Header), MutatedBody.From(Claims), Gen.Bool,
            (header, claims, mutateHeader) => mutateHeader
                ? $"{Base64Url.EncodeToString(header.Body)}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Claims))}.c2ln"
                : $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Header))}.{Base64Url.EncodeToString(claims.Body)}.c2ln");

        PropertyRun.Check("compact JWS decode", inputs,
            token => Assert.That(CompactJws.Decode(token, "id_token.format").IsBottom, Is.False),
            token => token);
    }

    [Test]
    public void A_jws_header_without_alg_is_refused()
    {
        PropertyRun.Check("compact JWS without alg", MutatedBody.Without(Header, ["$.alg"]),
            input => Assert.That(CompactJws.Decode($"{Base64Url.EncodeToString(input.Body.Body)}.e30.c2ln", "id_token.format").IsLeft, Is.True),
            input => input.Body.ToString());
    }

    [Test]
    public void A_signed_id_token_with_mutated_claims_is_checked_without_throwing()
    {
        Assert.That(IdTokenValidator.Validate(Signed(Encoding.UTF8.GetBytes(Claims)), TestKeys.BankJwks, Expected, Now).IsRight, Is.True, "the seed passes");

        PropertyRun.Check("id_token validation", MutatedBody.From(Claims),
            body => Assert.That(IdTokenValidator.Validate(Signed(body.Body), TestKeys.BankJwks, Expected, Now).IsBottom, Is.False),
            body => body.ToString());
    }

    [Test]
    public void A_signed_id_token_without_a_claim_the_checks_need_is_refused()
    {
        PropertyRun.Check("id_token without a required claim", MutatedBody.Without(Claims, RequiredClaims),
            input => Assert.That(IdTokenValidator.Validate(Signed(input.Body.Body), TestKeys.BankJwks, Expected, Now).IsLeft, Is.True, () => $"accepted without {input.Removed}"),
            input => $"without {input.Removed}: {input.Body}");
    }

    // Signed by the bank's key, so each mutation reaches the claim checks rather than stopping at the signature.
    private static string Signed(byte[] claims)
    {
        var input = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Header))}.{Base64Url.EncodeToString(claims)}";
        byte[] signature;
        lock (SigningLock)
        {
            signature = TestKeys.BankRsa.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        }

        return $"{input}.{Base64Url.EncodeToString(signature)}";
    }
}
