using System.Text;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Jose;

/// <summary>A bank's JWKS is input like any other: a key it cannot be is a failed check, never an exception.</summary>
public class JsonWebKeyTests
{
    private static readonly byte[] Data = Encoding.ASCII.GetBytes("header.payload");
    private static readonly byte[] Signature = new byte[256];

    private static string Modulus => System.Buffers.Text.Base64Url.EncodeToString(TestKeys.BankRsa.ExportParameters(false).Modulus);

    // RFC 7518 §6.3.1: n and e are base64url unsigned integers; §6.2.1: x and y are the P-256 coordinates, 32 bytes each.
    [TestCase("RSA", "n", "")]
    [TestCase("RSA", "e", "")]
    [TestCase("RSA", "e", "AAAA")]
    [TestCase("RSA", "n", "!!!not base64url!!!")]
    [TestCase("RSA", "e", "A")]
    [TestCase("RSA", "e", "AQABAQABAQABAQABAQAB")]
    [TestCase("RSA", "n", "huge")]
    [TestCase("EC", "x", "AAAA")]
    [TestCase("EC", "y", "")]
    [TestCase("EC", "x", "!!")]
    public void A_malformed_key_does_not_verify_and_does_not_throw(string kty, string member, string value)
    {
        var key = kty == "RSA"
            ? new JsonWebKey("RSA", "k", N: Modulus, E: "AQAB")
            : JsonWebKey.FromEc(TestKeys.TppEc.ExportParameters(false), "k");
        var bad = (member, value) switch
        {
            ("n", "huge") => key with { N = System.Buffers.Text.Base64Url.EncodeToString(new byte[100_000]) },
            ("n", _) => key with { N = value },
            ("e", _) => key with { E = value },
            ("x", _) => key with { X = value },
            _ => key with { Y = value },
        };

        var verified = bad.Verify(kty == "RSA" ? "PS256" : "ES256", Data, Signature);

        Assert.That(verified, Is.False);
    }

    [TestCase("""{"kty":"RSA","kid":"bank-signing-kid","n":"{n}","e":""}""")]
    [TestCase("""{"kty":"RSA","kid":"bank-signing-kid","n":"","e":"AQAB"}""")]
    [TestCase("""{"kty":"RSA","kid":"bank-signing-kid","e":"AQAB"}""")]
    [TestCase("""{"kty":"RSA","kid":"bank-signing-kid","n":"{n}","e":"*"}""")]
    public void An_id_token_checked_against_a_malformed_bank_key_fails_the_signature_check(string keyJson)
    {
        var jwks = JsonWebKeySet.Parse($$"""{"keys":[{{keyJson.Replace("{n}", Modulus, StringComparison.Ordinal)}}]}""").Right();
        var token = Jwt.Sign(new Dictionary<string, object> { ["sub"] = "s" }, TestKeys.BankRsa, TestKeys.BankKid);
        var expected = new IdTokenExpectations(TestConfig.Issuer, TestConfig.ClientId, "PS256", "nonce", "consent", TimeSpan.FromMinutes(2));

        var error = IdTokenValidator.Validate(token, jwks, expected, DateTimeOffset.UnixEpoch).LeftOf<ValidationError, IdTokenClaims>();

        Assert.That(error.Check, Is.EqualTo("id_token.signature"));
    }
}
