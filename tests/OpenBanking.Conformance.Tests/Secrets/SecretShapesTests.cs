using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Secrets;

/// <summary>The secrets scan finds each shape it claims to, and lets placeholders and the published TEST keys through.</summary>
public sealed class SecretShapesTests
{
    private static readonly string RandomToken = Base64Url.EncodeToString(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    private static string Jws(string header, string payload, string signature) =>
        $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header))}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{signature}";

    private static string SignedBy(RSA key)
    {
        var input = $"{Base64Url.EncodeToString("""{"alg":"PS256","kid":"k"}"""u8)}.{Base64Url.EncodeToString("""{"sub":"amelia"}"""u8)}";
        return $"{input}.{Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pss))}";
    }

    [TestCase("-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----", "PEM private key")]
    [TestCase("-----BEGIN EC PRIVATE KEY-----", "PEM private key")]
    [TestCase("Authorization: Bearer abcdefgh12345678", "Bearer credential")]
    [TestCase("[\"Authorization\", \"Basic b2JmeDpzZWNyZXQ=\"]", "Basic credential")]
    [TestCase("{\"access_token\": \"at-0001\"}", "access_token with a real value")]
    [TestCase("{\"refresh_token\":\"rt-1\"}", "refresh_token with a real value")]
    [TestCase("[\n  \"client_secret\",\n  \"demo-secret-post-1\"\n]", "client_secret with a real value")]
    [TestCase("[\"code\", \"code-0003\"]", "code with a real value")]
    [TestCase("https://tpp.example.com/cb#code=abc123&state=s", "code with a real value")]
    [TestCase("username=amelia&password=amelia-pass", "password with a real value")]
    public void Each_secret_shape_is_found(string text, string kind)
    {
        var findings = SecretShapes.Find("recording.json", text, []);

        Assert.That(findings.Select(f => f.Kind), Does.Contain(kind));
    }

    [Test]
    public void A_random_256_bit_value_and_a_signed_jwt_are_found_and_never_shown_whole()
    {
        var jws = Jws("""{"alg":"PS256"}""", """{"sub":"x"}""", new string('s', 342));

        var findings = SecretShapes.Find("out.txt", $"token {RandomToken}\nassertion {jws}", []);

        Assert.That(findings.Select(f => (f.Line, f.Kind)), Is.EqualTo(new[]
        {
            (2, "signed JWT not signed by a published TEST key"),
            (1, "256-bit random value (the shape of the mock bank's tokens and codes)"),
        }));
        Assert.That(findings.Select(f => f.ToString()), Has.None.Contains(RandomToken).And.None.Contains(jws));
    }

    [TestCase("{\"access_token\": \"<access_token>\", \"refresh_token\": \"<refresh_token>\"}")]
    [TestCase("[\"code\", \"<code>\"], [\"client_secret\", \"<client_secret>\"]")]
    [TestCase("https://tpp.example.com/cb#code=%3Ccode%3E&state=s")]
    [TestCase("Authorization: Bearer <access_token>")]
    [TestCase("Basic <client credentials>")]
    [TestCase("\"x-fapi-interaction-id\": \"00000000-0000-4000-a000-000000000001\"")]
    [TestCase("\"Code\": \"UK.OBIE.Field.Invalid\"")]
    [TestCase("eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.")]
    [TestCase("\"FileHash\": \"c61Fqm1sKmWVmXzBbYy6Fq5qkTGyzF2xJxwQd0bHi4w=\"")]
    public void Placeholders_ids_error_codes_and_unsigned_jwts_pass(string text)
    {
        var findings = SecretShapes.Find("fixture.json", text, []);

        Assert.That(findings, Is.Empty, () => string.Join("\n", findings));
    }

    [Test]
    public void A_jwt_signed_by_a_published_test_key_passes_and_one_signed_by_another_key_does_not()
    {
        using var testKey = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);
        using var published = RSA.Create();
        published.ImportParameters(testKey.ExportParameters(false));

        var allowed = SecretShapes.Find("f.json", SignedBy(testKey), [published]);
        var refused = SecretShapes.Find("f.json", SignedBy(otherKey), [published]);

        Assert.That(allowed, Is.Empty);
        Assert.That(refused.Select(f => f.Kind), Is.EqualTo(new[] { "signed JWT not signed by a published TEST key" }));
    }

    [Test]
    public void A_private_key_is_allowed_only_in_a_file_named_as_a_published_test_key()
    {
        const string pem = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

        Assert.That(SecretShapes.Find("fixtures/recorded/TEST-KEY-bank.pem", pem, []), Is.Empty);
        Assert.That(SecretShapes.Find("fixtures/recorded/bank.pem", pem, []), Has.Count.EqualTo(1));
    }
}
