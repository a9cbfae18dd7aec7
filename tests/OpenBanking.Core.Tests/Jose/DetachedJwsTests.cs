using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Jose;

/// <summary>
/// The x-jws-signature (Read/Write API "Message Signing"): what the library signs is checked with the raw RSA primitive
/// (not the library's own verifier), and every check of the verifier is shown to refuse what it must.
/// </summary>
public class DetachedJwsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"Data":{"Initiation":{"InstructedAmount":{"Amount":"10.50","Currency":"GBP"}}},"Risk":{}}""");
    private const string TppIss = "0015800001041RHAAY/Jz3kUs5k9AaAsPMVn1Zy1t";

    private static SigningKey Tpp => SigningKey.FromRsa(TestKeys.TppRsa, JwsAlgorithms.PS256, TestKeys.TppKid);

    private static JsonWebKeySet TppJwks => new([JsonWebKey.FromRsa(TestKeys.TppRsa.ExportParameters(false), TestKeys.TppKid, JwsAlgorithms.PS256)]);

    private static JwsSignatureExpectations Expect(bool unencoded = false, string? iss = TppIss) =>
        new(Now, TimeSpan.FromMinutes(2), iss, "openbanking.org.uk", unencoded);

    private static string Sign(bool unencoded = false, byte[]? body = null) =>
        DetachedJws.Sign(Tpp, body ?? Body, new JwsSignatureClaims(Now, TppIss, "openbanking.org.uk", unencoded)).Right();

    private static JsonObject HeaderOf(string signature) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(signature.Split('.')[0]))!.AsObject();

    [Test]
    public void The_v3_1_4_header_carries_the_open_banking_claims_named_in_crit_and_no_b64()
    {
        var signature = Sign();

        Assert.That(signature.Split('.')[1], Is.Empty, "detached: header..signature");
        Assert.That(HeaderOf(signature).ToJsonString(), Is.EqualTo(
            """{"alg":"PS256","kid":"tpp-signing-kid","http://openbanking.org.uk/iat":1796551200,"http://openbanking.org.uk/iss":"0015800001041RHAAY/Jz3kUs5k9AaAsPMVn1Zy1t","http://openbanking.org.uk/tan":"openbanking.org.uk","crit":["http://openbanking.org.uk/iat","http://openbanking.org.uk/iss","http://openbanking.org.uk/tan"]}"""));
    }

    [Test]
    public void The_v3_1_4_signature_covers_the_base64url_of_the_exact_body_bytes()
    {
        var parts = Sign().Split('.');

        var input = Encoding.ASCII.GetBytes($"{parts[0]}.{Base64Url.EncodeToString(Body)}");

        Assert.That(TestKeys.TppRsa.VerifyData(input, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pss), Is.True);
    }

    [Test]
    public void The_legacy_form_has_b64_false_named_in_crit_and_signs_the_body_as_it_is()
    {
        var parts = Sign(unencoded: true).Split('.');

        var header = HeaderOf(string.Join('.', parts));
        var input = Encoding.ASCII.GetBytes(parts[0] + ".").Concat(Body).ToArray();

        Assert.That(header["b64"]!.GetValue<bool>(), Is.False);
        Assert.That(header["crit"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[]
        {
            "b64", "http://openbanking.org.uk/iat", "http://openbanking.org.uk/iss", "http://openbanking.org.uk/tan",
        }));
        Assert.That(TestKeys.TppRsa.VerifyData(input, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pss), Is.True);
    }

    [Test]
    public void Typ_and_cty_are_written_when_given()
    {
        var signature = DetachedJws.Sign(Tpp, Body, new JwsSignatureClaims(Now, TppIss, "openbanking.org.uk", Type: "JOSE", ContentType: "application/json")).Right();

        var header = HeaderOf(signature);

        Assert.That((header["typ"]!.GetValue<string>(), header["cty"]!.GetValue<string>()), Is.EqualTo(("JOSE", "application/json")));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_signature_verifies_over_the_same_bytes(bool unencoded)
    {
        var verified = DetachedJws.Verify(Sign(unencoded), Body, TppJwks, Expect(unencoded)).Right();

        Assert.That(verified, Is.EqualTo(new JwsSignatureHeader(JwsAlgorithms.PS256, TestKeys.TppKid, Now, TppIss, "openbanking.org.uk", unencoded)));
    }

    [Test]
    public void One_changed_byte_of_the_body_fails_the_signature_check()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^3] = (byte)' ';

        var error = DetachedJws.Verify(Sign(), tampered, TppJwks, Expect()).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property("Check").EqualTo("x-jws-signature.signature"));
    }

    [Test]
    public void A_signature_by_another_key_with_the_same_kid_fails_the_signature_check()
    {
        var other = SigningKey.FromRsa(TestKeys.OtherRsa, JwsAlgorithms.PS256, TestKeys.TppKid);
        var signature = DetachedJws.Sign(other, Body, new JwsSignatureClaims(Now, TppIss, "openbanking.org.uk")).Right();

        var error = DetachedJws.Verify(signature, Body, TppJwks, Expect()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature.signature"));
    }

    // Each row: a header change the verifier must refuse, and the check it names.
    [TestCase("""{"alg":"none"}""", "alg")]
    [TestCase("""{"alg":"HS256"}""", "alg")]
    [TestCase("""{"alg":"RS256"}""", "alg")]
    [TestCase("""{"kid":null}""", "kid")]
    [TestCase("""{"crit":null}""", "crit")]
    [TestCase("""{"crit":["http://openbanking.org.uk/iat","http://openbanking.org.uk/iss"]}""", "crit")]
    [TestCase("""{"crit":["http://openbanking.org.uk/iat","http://openbanking.org.uk/iss","http://openbanking.org.uk/tan","urn:unknown"]}""", "crit")]
    [TestCase("""{"b64":false}""", "crit")]
    [TestCase("""{"b64":false,"crit":["b64","http://openbanking.org.uk/iat","http://openbanking.org.uk/iss","http://openbanking.org.uk/tan"]}""", "b64")]
    [TestCase("""{"http://openbanking.org.uk/iat":"1796551200"}""", "iat")]
    [TestCase("""{"http://openbanking.org.uk/iat":1796551500}""", "iat")]
    [TestCase("""{"http://openbanking.org.uk/iss":null}""", "iss")]
    [TestCase("""{"http://openbanking.org.uk/iss":"someone-else/ssa"}""", "iss")]
    [TestCase("""{"http://openbanking.org.uk/tan":"example.org"}""", "tan")]
    public void A_header_the_profile_does_not_allow_is_refused_naming_the_check(string change, string check)
    {
        var header = HeaderOf(Sign());
        foreach (var (name, value) in JsonNode.Parse(change)!.AsObject().ToList())
        {
            header.Remove(name);
            if (value is not null)
            {
                header[name] = value.DeepClone();
            }
        }

        var encodedHeader = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()));
        var input = Encoding.ASCII.GetBytes($"{encodedHeader}.{Base64Url.EncodeToString(Body)}");
        var signature = $"{encodedHeader}..{Base64Url.EncodeToString(TestKeys.TppRsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pss))}";

        var error = DetachedJws.Verify(signature, Body, TppJwks, Expect()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo($"x-jws-signature.{check}"));
    }

    [Test]
    public void A_legacy_bank_expects_b64_false_and_an_encoded_signature_is_refused()
    {
        var error = DetachedJws.Verify(Sign(unencoded: false), Body, TppJwks, Expect(unencoded: true)).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature.b64"));
    }

    [TestCase("")]
    [TestCase("abc")]
    [TestCase("a.b.c")]
    [TestCase("!!..!!")]
    [TestCase("e30..c2ln")]
    public void What_is_not_a_detached_jws_is_a_form_error_not_an_exception(string signature)
    {
        var error = DetachedJws.Verify(signature, Body, TppJwks, Expect()).Left();

        Assert.That(((ValidationError)error).Check, Is.AnyOf("x-jws-signature.form", "x-jws-signature.alg"));
    }

    [Test]
    public void An_unknown_kid_is_a_kid_error()
    {
        var signature = DetachedJws.Sign(SigningKey.FromRsa(TestKeys.TppRsa, JwsAlgorithms.PS256, "rotated"), Body,
            new JwsSignatureClaims(Now, TppIss, "openbanking.org.uk")).Right();

        var error = DetachedJws.Verify(signature, Body, TppJwks, Expect()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature.kid"));
    }

    [Test]
    public void Without_an_expected_issuer_any_issuer_is_accepted()
    {
        var verified = DetachedJws.Verify(Sign(), Body, TppJwks, Expect(iss: null)).Right();

        Assert.That(verified.Issuer, Is.EqualTo(TppIss));
    }

    [Test]
    public void An_es256_signer_signs_a_64_byte_signature_that_verifies()
    {
        var ec = SigningKey.FromECDsa(TestKeys.TppEc, "ec-kid");
        var jwks = new JsonWebKeySet([JsonWebKey.FromEc(TestKeys.TppEc.ExportParameters(false), "ec-kid")]);

        var signature = DetachedJws.Sign(ec, Body, new JwsSignatureClaims(Now, TppIss, "openbanking.org.uk")).Right();

        Assert.That(Base64Url.DecodeFromChars(signature.Split('.')[2]), Has.Length.EqualTo(64));
        Assert.That(DetachedJws.Verify(signature, Body, jwks, Expect()).IsRight, Is.True);
    }

    [Test]
    public void A_signer_that_throws_is_a_signer_error_value()
    {
        var signer = new ThrowingSigner();

        var error = DetachedJws.Sign(signer, Body, new JwsSignatureClaims(Now, TppIss, "openbanking.org.uk")).Left();

        Assert.That(error.Check, Is.EqualTo("signer"));
        Assert.That(error.Detail, Does.Contain("vault unreachable"));
    }

    private sealed class ThrowingSigner : IJwsSigner
    {
        public string KeyId => "k";

        public string Algorithm => JwsAlgorithms.PS256;

        public byte[] Sign(ReadOnlySpan<byte> signingInput) => throw new CryptographicException("vault unreachable");
    }
}
