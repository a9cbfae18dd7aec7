using System.Security.Cryptography;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Jose;

/// <summary>Every JWS the library makes goes through <see cref="IJwsSigner"/>; a signer of the user's own fails as a value.</summary>
public class UserSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static (ValidatedApiConfig Config, InMemorySigner Signer) Configured()
    {
        var signer = InMemorySigner.Es256(TestKeys.TppEc, "vault-key-1");
        var config = (TestConfig.Raw() with { SigningKey = null, Kid = null }).Validate(signer).Right();
        return (config, signer);
    }

    private static string Assertion(HttpRequestSpec request) =>
        ((RequestBody.Form)request.Body).Fields.Single(f => f.Key == "client_assertion").Value;

    [Test]
    public void A_client_assertion_is_signed_by_the_users_signer_with_its_kid_and_alg()
    {
        var (config, signer) = Configured();

        var request = TokenRequests.ClientCredentials(config, Now, "jti-1").Right();

        var jwt = Jwt.Verified(Assertion(request), TestKeys.TppEc, "ES256");
        Assert.That(jwt.Kid, Is.EqualTo("vault-key-1"));
        Assert.That(jwt.Alg, Is.EqualTo("ES256"));
        Assert.That(jwt.GetClaim("jti").Value, Is.EqualTo("jti-1"));
        Assert.That(signer.Signatures, Is.EqualTo(1));
    }

    [Test]
    public void A_request_object_is_signed_by_the_users_signer()
    {
        var (config, signer) = Configured();

        var url = RequestObject.ConsentUrl(config, "urn-intent-1", Now, IdSource.Sequential()).Right();

        var jwt = Jwt.Verified(url.RequestObject, TestKeys.TppEc, "ES256");
        Assert.That(jwt.Kid, Is.EqualTo("vault-key-1"));
        Assert.That(jwt.Typ, Is.EqualTo("JWT"));
        Assert.That(signer.Signatures, Is.EqualTo(1));
    }

    [Test]
    public void A_signer_that_throws_is_a_validation_error_naming_the_signer()
    {
        var (config, signer) = Configured();
        signer.Instead = _ => throw new CryptographicException("HSM session closed");

        var token = TokenRequests.ClientCredentials(config, Now, "j").LeftOf<ValidationError, HttpRequestSpec>();
        var consent = RequestObject.ConsentUrl(config, "c", Now, IdSource.Sequential()).LeftOf<ValidationError, ConsentUrl>();

        Assert.Multiple(() =>
        {
            Assert.That(token.Check, Is.EqualTo("signer"));
            Assert.That(token.Detail, Does.Contain("vault-key-1").And.Contain("CryptographicException: HSM session closed"));
            Assert.That(consent.Check, Is.EqualTo("signer"));
        });
    }

    [TestCase(0)]
    [TestCase(63)]
    [TestCase(72)]
    public void An_es256_signature_that_is_not_64_bytes_is_a_validation_error(int length)
    {
        var (config, signer) = Configured();
        signer.Instead = _ => new byte[length];

        var error = TokenRequests.ClientCredentials(config, Now, "j").LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("signer"));
    }

    [Test]
    public void A_signer_returning_null_is_a_validation_error()
    {
        var (config, signer) = Configured();
        signer.Instead = _ => null!;

        var error = RequestObject.Create(config, "c", new string('s', 20), new string('n', 20), "jti", Now).LeftOf<ValidationError, string>();

        Assert.That(error.Detail, Does.Contain("returned no signature"));
    }

    [TestCase(128)]
    [TestCase(2048)]
    public void An_rsa_signature_shorter_than_2048_bits_or_absurdly_long_is_a_validation_error(int length)
    {
        using var rsa = RSA.Create(2048);
        var signer = InMemorySigner.Ps256(rsa, "rsa-kid");
        signer.Instead = _ => new byte[length];

        var error = CompactJws.Create(signer, w => w.WriteString("sub", "s")).Left();

        Assert.That(error.Check, Is.EqualTo("signer"));
    }

    [TestCase("none")]
    [TestCase("HS256")]
    public void A_signer_whose_algorithm_turns_to_none_or_hmac_after_validation_is_refused_before_signing(string algorithm)
    {
        var (config, signer) = Configured();
        signer.Algorithm = algorithm;

        var error = TokenRequests.ClientCredentials(config, Now, "j").LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Detail, Does.Contain("never none or HMAC"));
        Assert.That(signer.Signatures, Is.Zero);
    }

    [Test]
    public void Cancellation_inside_a_signer_still_throws()
    {
        var (config, signer) = Configured();
        signer.Instead = _ => throw new OperationCanceledException();

        Assert.Throws<OperationCanceledException>(() => TokenRequests.ClientCredentials(config, Now, "j"));
    }

    [Test]
    public void A_signing_key_as_a_signer_gives_the_same_token_as_signing_with_it_directly()
    {
        var key = SigningKey.FromECDsa(TestKeys.TppEc, "k");
        IJwsSigner signer = key;

        var general = CompactJws.Create(signer, w => w.WriteString("sub", "s")).Right();
        var direct = CompactJws.Sign(key, w => w.WriteString("sub", "s"));

        Assert.That(general[..general.LastIndexOf('.')], Is.EqualTo(direct[..direct.LastIndexOf('.')]));
        Jwt.Verified(general, TestKeys.TppEc, "ES256");
    }

    [Test]
    public void A_user_signer_and_a_signing_key_write_the_same_header_and_claims()
    {
        var key = SigningKey.FromECDsa(TestKeys.TppEc, "same-kid");
        var signer = InMemorySigner.Es256(TestKeys.TppEc, "same-kid");

        var viaSigner = CompactJws.Create(signer, w => w.WriteString("sub", "s"), type: null).Right();
        var viaKey = CompactJws.Sign(key, w => w.WriteString("sub", "s"), type: null);

        Assert.That(viaSigner[..viaSigner.LastIndexOf('.')], Is.EqualTo(viaKey[..viaKey.LastIndexOf('.')]));
    }
}
