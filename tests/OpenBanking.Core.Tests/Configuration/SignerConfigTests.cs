using System.Security.Cryptography;
using NUnit.Framework;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Configuration;

/// <summary>A signer of the user's own (a key vault, an HSM) given at validation in place of a PEM signing key.</summary>
public class SignerConfigTests
{
    private static ApiConfig WithoutPemKey(string method = "private_key_jwt") => TestConfig.Raw(method) with { SigningKey = null, Kid = null };

    private static InMemorySigner Signer() => InMemorySigner.Es256(TestKeys.TppEc, "vault-key-1");

    [Test]
    public void Private_key_jwt_validates_with_a_signer_and_no_pem_key()
    {
        var signer = Signer();

        var config = WithoutPemKey().Validate(signer).Right();

        Assert.That(config.Signer, Is.SameAs(signer));
        Assert.That(((ClientAuthentication.PrivateKeyJwt)config.ClientAuthentication).Signer, Is.SameAs(signer));
    }

    [Test]
    public void A_signer_signs_request_objects_for_a_client_secret_method_too()
    {
        var signer = Signer();

        var config = WithoutPemKey("client_secret_basic").Validate(signer).Right();

        Assert.That(config.Signer, Is.SameAs(signer));
        Assert.That(config.ClientAuthentication, Is.TypeOf<ClientAuthentication.ClientSecretBasic>());
    }

    [Test]
    public void Private_key_jwt_with_neither_a_pem_key_nor_a_signer_is_a_config_problem()
    {
        var error = WithoutPemKey().Validate().Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("signing_key"));
        Assert.That(error.Problems.Single().Reason, Does.Contain("signer"));
    }

    [TestCase("none")]
    [TestCase("HS256")]
    [TestCase("RS512")]
    public void A_signer_with_an_algorithm_other_than_ps256_es256_rs256_is_a_config_problem(string algorithm)
    {
        var signer = Signer();
        signer.Algorithm = algorithm;

        var error = WithoutPemKey().Validate(signer).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("signer"));
        Assert.That(error.Problems.Single().Reason, Does.Contain($"'{algorithm}'").And.Contain("never none or HMAC"));
    }

    [Test]
    public void A_signer_and_a_pem_signing_key_together_are_a_config_problem()
    {
        var error = (TestConfig.Raw() with { Kid = null }).Validate(Signer()).Left();

        Assert.That(error.Problems.Select(p => p.Field), Does.Contain("signing_key"));
    }

    [Test]
    public void A_kid_that_is_not_the_signers_is_a_config_problem()
    {
        var error = (WithoutPemKey() with { Kid = "another-kid" }).Validate(Signer()).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("kid"));
    }

    [Test]
    public void A_signer_that_throws_when_read_is_a_config_problem_not_an_exception()
    {
        var error = WithoutPemKey().Validate(new UnreadableSigner()).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("signer"));
        Assert.That(error.Problems.Single().Reason, Does.Contain("vault unreachable"));
    }

    [Test]
    public void Validation_with_a_signer_still_lists_every_problem()
    {
        var signer = Signer();
        signer.Algorithm = "none";

        var error = (WithoutPemKey() with { ClientId = null, Scope = "" }).Validate(signer).Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EquivalentTo(new[] { "client_id", "signer", "scope" }));
    }

    [Test]
    public void A_signer_shows_only_its_kid_and_algorithm_in_the_validated_config()
    {
        using var rsa = RSA.Create(2048);
        var signer = InMemorySigner.Ps256(rsa, "vault-key-2");

        var text = WithoutPemKey().Validate(signer).Right().ToString();

        Assert.That(text, Does.Contain("signer = kid vault-key-2, PS256"));
    }

    private sealed class UnreadableSigner : IJwsSigner
    {
        public string KeyId => throw new InvalidOperationException("vault unreachable");

        public string Algorithm => "PS256";

        public byte[] Sign(ReadOnlySpan<byte> signingInput) => throw new InvalidOperationException("vault unreachable");
    }
}
