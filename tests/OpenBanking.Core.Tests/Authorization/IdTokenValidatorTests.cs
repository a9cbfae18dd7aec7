using Microsoft.IdentityModel.Tokens;
using JsonWebKey = OpenBanking.Core.Jose.JsonWebKey;
using JsonWebKeySet = OpenBanking.Core.Jose.JsonWebKeySet;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Authorization;

public class IdTokenValidatorTests
{
    private const string ConsentId = "urn-intent-1";
    private const string Code = "the-code";
    private const string State = "the-state";
    private const string Nonce = "the-nonce";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly IdTokenExpectations Expected =
        new(TestConfig.Issuer, TestConfig.ClientId, "PS256", Nonce, ConsentId, TimeSpan.FromMinutes(2), Code, State);

    private static Dictionary<string, object> Claims() => new()
    {
        ["iss"] = TestConfig.Issuer,
        ["aud"] = TestConfig.ClientId,
        ["sub"] = ConsentId,
        ["openbanking_intent_id"] = ConsentId,
        ["acr"] = "urn:openbanking:psd2:sca",
        ["nonce"] = Nonce,
        ["iat"] = Now.AddSeconds(-5).ToUnixTimeSeconds(),
        ["exp"] = Now.AddMinutes(5).ToUnixTimeSeconds(),
        ["auth_time"] = Now.AddSeconds(-30).ToUnixTimeSeconds(),
        ["c_hash"] = IdTokenValidator.LeftHalfHash(Code, "PS256"),
        ["s_hash"] = IdTokenValidator.LeftHalfHash(State, "PS256"),
    };

    private static string Token(Action<Dictionary<string, object>>? change = null)
    {
        var claims = Claims();
        change?.Invoke(claims);
        return Jwt.Sign(claims, TestKeys.BankRsa, TestKeys.BankKid);
    }

    private static string FailedCheck(string token, IdTokenExpectations? expected = null, JsonWebKeySet? jwks = null, DateTimeOffset? now = null) =>
        IdTokenValidator.Validate(token, jwks ?? TestKeys.BankJwks, expected ?? Expected, now ?? Now).LeftOf<ValidationError, IdTokenClaims>().Check;

    [Test]
    public void A_correct_id_token_from_an_independent_signer_is_accepted()
    {
        var claims = IdTokenValidator.Validate(Token(), TestKeys.BankJwks, Expected, Now).Right();

        Assert.That(claims, Is.EqualTo(new IdTokenClaims(ConsentId, ConsentId, Now.AddSeconds(-5), Now.AddMinutes(5),
            "urn:openbanking:psd2:sca", Now.AddSeconds(-30))));
    }

    [Test]
    public void The_c_hash_is_the_left_half_of_sha256_base64url()
    {
        // OIDC Core §3.3.2.11; value computed independently: base64url(sha256("the-code")[0..16]).
        Assert.That(IdTokenValidator.LeftHalfHash("the-code", "PS256"), Is.EqualTo(Base64UrlEncoder.Encode(
            System.Security.Cryptography.SHA256.HashData("the-code"u8.ToArray())[..16])));
    }

    [Test]
    public void Alg_none_is_refused()
    {
        var token = Jwt.Forged("""{"alg":"none"}""", """{"iss":"https://aspsp.example.com"}""");

        Assert.That(FailedCheck(token), Is.EqualTo("id_token.alg"));
    }

    [Test]
    public void An_hmac_token_signed_with_the_public_key_as_secret_is_refused()
    {
        // The classic key-confusion attack: HS256 with the bank's public modulus as the HMAC secret.
        var secret = new SymmetricSecurityKey(TestKeys.BankRsa.ExportParameters(false).Modulus!) { KeyId = TestKeys.BankKid };
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = Claims(),
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });

        Assert.That(FailedCheck(token), Is.EqualTo("id_token.alg"));
    }

    [Test]
    public void An_algorithm_other_than_the_registered_one_is_refused()
    {
        var token = Jwt.Sign(Claims(), TestKeys.BankRsa, TestKeys.BankKid, SecurityAlgorithms.RsaSha256);

        Assert.That(FailedCheck(token), Is.EqualTo("id_token.alg"));
    }

    [Test]
    public void A_token_signed_by_another_key_under_the_banks_kid_is_refused()
    {
        var token = Jwt.Sign(Claims(), TestKeys.OtherRsa, TestKeys.BankKid);

        Assert.That(FailedCheck(token), Is.EqualTo("id_token.signature"));
    }

    [Test]
    public void A_kid_the_jwks_does_not_have_is_refused()
    {
        var token = Jwt.Sign(Claims(), TestKeys.BankRsa, "rotated-away");

        Assert.That(FailedCheck(token), Is.EqualTo("id_token.kid"));
    }

    [Test]
    public void A_tampered_payload_is_refused()
    {
        var parts = Token().Split('.');
        var claims = Claims();
        claims["openbanking_intent_id"] = "another-consent";
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(claims))}.{parts[2]}";

        Assert.That(FailedCheck(forged), Is.EqualTo("id_token.signature"));
    }

    [TestCase("not-a-jwt")]
    [TestCase("a.b.c")]
    [TestCase("")]
    public void Garbage_is_a_format_failure(string token)
    {
        Assert.That(FailedCheck(token), Is.EqualTo("id_token.format"));
    }

    [Test]
    public void Each_claim_failure_names_its_check()
    {
        var cases = new (string Check, Action<Dictionary<string, object>> Change)[]
        {
            ("id_token.iss", c => c["iss"] = "https://evil.example.com"),
            ("id_token.aud", c => c["aud"] = "another-client"),
            ("id_token.azp", c => c["aud"] = new[] { TestConfig.ClientId, "another-client" }),
            ("id_token.exp", c => c.Remove("exp")),
            ("id_token.exp", c => c["exp"] = Now.AddMinutes(-3).ToUnixTimeSeconds()),
            ("id_token.iat", c => c.Remove("iat")),
            ("id_token.iat", c => c["iat"] = Now.AddMinutes(3).ToUnixTimeSeconds()),
            ("id_token.nonce", c => c["nonce"] = "replayed"),
            ("id_token.nonce", c => c.Remove("nonce")),
            ("id_token.c_hash", c => c["c_hash"] = IdTokenValidator.LeftHalfHash("another-code", "PS256")),
            ("id_token.c_hash", c => c.Remove("c_hash")),
            ("id_token.s_hash", c => c["s_hash"] = IdTokenValidator.LeftHalfHash("another-state", "PS256")),
            ("id_token.s_hash", c => c.Remove("s_hash")),
            ("id_token.sub", c => c.Remove("sub")),
            ("id_token.openbanking_intent_id", c => c["openbanking_intent_id"] = "another-consent"),
            ("id_token.openbanking_intent_id", c => c.Remove("openbanking_intent_id")),
        };

        var checks = cases.Select(c => FailedCheck(Token(c.Change))).ToList();

        Assert.That(checks, Is.EqualTo(cases.Select(c => c.Check).ToList()));
    }

    [Test]
    public void Several_audiences_are_fine_when_azp_is_the_client()
    {
        var token = Token(c =>
        {
            c["aud"] = new[] { TestConfig.ClientId, "another-client" };
            c["azp"] = TestConfig.ClientId;
        });

        Assert.That(IdTokenValidator.Validate(token, TestKeys.BankJwks, Expected, Now).IsRight, Is.True);
    }

    [Test]
    public void Exp_and_iat_are_checked_with_the_configured_skew()
    {
        var justExpired = Token(c => c["exp"] = Now.AddSeconds(-90).ToUnixTimeSeconds());
        var slightlyFuture = Token(c => c["iat"] = Now.AddSeconds(90).ToUnixTimeSeconds());

        Assert.That(IdTokenValidator.Validate(justExpired, TestKeys.BankJwks, Expected, Now).IsRight, Is.True);
        Assert.That(IdTokenValidator.Validate(slightlyFuture, TestKeys.BankJwks, Expected, Now).IsRight, Is.True);
        Assert.That(FailedCheck(justExpired, Expected with { ClockSkew = TimeSpan.FromSeconds(30) }), Is.EqualTo("id_token.exp"));
    }

    [Test]
    public void The_token_endpoint_id_token_needs_no_hashes()
    {
        var token = Token(c =>
        {
            c.Remove("c_hash");
            c.Remove("s_hash");
        });

        Assert.That(IdTokenValidator.Validate(token, TestKeys.BankJwks, Expected with { Code = null, State = null }, Now).IsRight, Is.True);
    }

    [Test]
    public void An_es256_id_token_verifies_against_an_ec_jwk()
    {
        using var bankEc = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var jwks = new JsonWebKeySet([JsonWebKey.FromEc(bankEc.ExportParameters(false), "ec-kid")]);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = Claims(),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(bankEc) { KeyId = "ec-kid" }, SecurityAlgorithms.EcdsaSha256),
        });

        Assert.That(IdTokenValidator.Validate(token, jwks, Expected with { Algorithm = "ES256" }, Now).IsRight, Is.True);
    }

    [Test]
    public void A_jwks_document_parses_and_skips_key_types_it_cannot_use()
    {
        var json = $$"""{"keys":[{"kty":"oct","k":"c2VjcmV0"},{{TestKeys.BankJwks.ToJson()[9..^2]}}]}""";

        var jwks = JsonWebKeySet.Parse(json).Right();

        Assert.That(jwks.Keys.Select(k => k.Kid), Is.EqualTo(new[] { TestKeys.BankKid }));
        Assert.That(JsonWebKeySet.Parse("""{"nokeys":[]}""").Left(), Is.TypeOf<ParseError>());
        Assert.That(JsonWebKeySet.Parse("{").Left(), Is.TypeOf<ParseError>());
    }

    [Test]
    public void Auth_time_is_required_and_must_be_within_max_age()
    {
        var expected = Expected with { MaxAge = 600 };

        Assert.That(FailedCheck(Token(c => c.Remove("auth_time")), expected), Is.EqualTo("id_token.auth_time"));
        Assert.That(FailedCheck(Token(c => c["auth_time"] = Now.AddMinutes(-13).ToUnixTimeSeconds()), expected), Is.EqualTo("id_token.auth_time"));
        Assert.That(IdTokenValidator.Validate(Token(c => c["auth_time"] = Now.AddMinutes(-11).ToUnixTimeSeconds()), TestKeys.BankJwks, expected, Now).IsRight,
            Is.True, "within max_age plus the two-minute skew");
    }

    [Test]
    public void Acr_must_be_one_of_the_values_requested()
    {
        var expected = Expected with { AcrValues = IdTokenExpectations.RequestedAcrValues };

        Assert.That(FailedCheck(Token(c => c["acr"] = "urn:evil"), expected), Is.EqualTo("id_token.acr"));
        Assert.That(FailedCheck(Token(c => c.Remove("acr")), expected), Is.EqualTo("id_token.acr"));
        Assert.That(IdTokenValidator.Validate(Token(c => c["acr"] = "urn:openbanking:psd2:ca"), TestKeys.BankJwks, expected, Now).IsRight, Is.True);
    }

    [Test]
    public void An_azp_for_another_client_is_refused_even_with_one_audience()
    {
        Assert.That(FailedCheck(Token(c => c["azp"] = "another-client")), Is.EqualTo("id_token.azp"));
    }

    [TestCase(1795435200000L)] // milliseconds where seconds belong
    [TestCase(-5L)]
    public void Time_claims_that_are_not_plausible_numeric_dates_fail_cleanly(long exp)
    {
        Assert.That(FailedCheck(Token(c => c["exp"] = exp)), Is.EqualTo("id_token.exp"));
    }

    [Test]
    public void Fractional_numeric_dates_are_accepted()
    {
        Assert.That(IdTokenValidator.Validate(Token(c => c["exp"] = Now.AddMinutes(5).ToUnixTimeSeconds() + 0.5), TestKeys.BankJwks, Expected, Now).IsRight, Is.True);
    }

    [Test]
    public void A_critical_header_extension_is_refused()
    {
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = Claims(),
            AdditionalHeaderClaims = new Dictionary<string, object> { ["crit"] = new[] { "exp" } },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(TestKeys.BankRsa) { KeyId = TestKeys.BankKid }, SecurityAlgorithms.RsaSsaPssSha256),
        });

        Assert.That(FailedCheck(token), Is.EqualTo("id_token.crit"));
    }

    [Test]
    public void A_bank_key_under_2048_bits_does_not_verify()
    {
        using var small = System.Security.Cryptography.RSA.Create(1024);
        var jwks = new JsonWebKeySet([JsonWebKey.FromRsa(small.ExportParameters(false), "small", "PS256")]);

        Assert.That(FailedCheck(Jwt.Sign(Claims(), small, "small"), jwks: jwks), Is.EqualTo("id_token.signature"));
    }

    [Test]
    public void Hashes_of_non_ascii_values_use_utf8()
    {
        Assert.That(IdTokenValidator.LeftHalfHash("état", "PS256"), Is.Not.EqualTo(IdTokenValidator.LeftHalfHash("?tat", "PS256")));
    }
}
