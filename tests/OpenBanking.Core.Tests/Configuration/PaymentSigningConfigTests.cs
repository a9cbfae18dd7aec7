using NUnit.Framework;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Configuration;

/// <summary>The payment-signing keys of a configuration: read from JSON, checked together, and turned into what signing needs.</summary>
public class PaymentSigningConfigTests
{
    [Test]
    public void Org_and_software_statement_ids_make_the_issuer_of_every_signature()
    {
        var json = """
            {"auth_server_issuer":"https://aspsp.example.com","authorization_endpoint":"https://aspsp.example.com/auth",
             "token_endpoint":"https://aspsp.example.com/token","resource_endpoint":"https://aspsp.example.com","client_id":"c",
             "token_endpoint_auth_method":"tls_client_auth","registered_redirect_url":"https://tpp.example.com/cb",
             "transport_cert_file":"t.pem","transport_key_file":"t.key",
             "org_id":"0015800001041RHAAY","software_statement_id":"Jz3kUs5k9AaAsPMVn1Zy1t","aspsp_org_id":"0015800000jf9GgAAI",
             "aspsp_jwks_uri":"https://keystore.example.com/bank.jwks","response_signature":"when_present","submission_max_attempts":5}
            """;

        var config = ApiConfigJson.Parse(json).Right().Validate().Right();

        Assert.Multiple(() =>
        {
            Assert.That(config.JwsIssuer, Is.EqualTo("0015800001041RHAAY/Jz3kUs5k9AaAsPMVn1Zy1t"));
            Assert.That(config.JwsTrustAnchor, Is.EqualTo("openbanking.org.uk"));
            Assert.That(config.AspspOrgId, Is.EqualTo("0015800000jf9GgAAI"));
            Assert.That(config.AspspJwksUri, Is.EqualTo(new Uri("https://keystore.example.com/bank.jwks")));
            Assert.That(config.ResponseSignature, Is.EqualTo(ResponseSignaturePolicy.WhenPresent));
            Assert.That(config.SubmissionMaxAttempts, Is.EqualTo(5));
            Assert.That(config.JwsUnencodedPayload, Is.False);
        });
    }

    [TestCase(null, false)]
    [TestCase("3.1.11", false)]
    [TestCase("3.1.4", false)]
    [TestCase("4.0", false)]
    [TestCase("3.1.3", true)]
    [TestCase("3.1", true)]
    [TestCase("3.0", true)]
    public void Banks_before_v3_1_4_get_the_unencoded_payload_form(string? version, bool unencoded)
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ApiVersion = version });

        Assert.That(config.JwsUnencodedPayload, Is.EqualTo(unencoded));
    }

    [Test]
    public void An_explicit_choice_wins_over_the_version()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ApiVersion = "3.1.2", JwsUnencodedPayload = false });

        Assert.That(config.JwsUnencodedPayload, Is.False);
    }

    [Test]
    public void Every_payment_signing_problem_is_listed_at_once()
    {
        var config = TestConfig.Raw() with
        {
            OrgId = "org/with/slashes",
            JwsTan = " ",
            ResponseSignature = "sometimes",
            SubmissionMaxAttempts = 0,
            SubmissionRetryDelay = TimeSpan.FromMinutes(5),
            AspspJwksUri = "http://keys.example.com/jwks",
        };

        var error = (ConfigError)config.Validate().Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EquivalentTo(new[]
        {
            "software_statement_id", "org_id", "jws_tan", "response_signature", "submission_max_attempts",
            "submission_retry_delay_seconds", "aspsp_jwks_uri",
        }));
    }

    [Test]
    public void A_software_statement_without_an_org_is_refused()
    {
        var error = (ConfigError)(TestConfig.Raw() with { SoftwareStatementId = "ssa" }).Validate().Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("org_id"));
    }

    [Test]
    public void Account_information_needs_none_of_it()
    {
        var config = TestConfig.Valid();

        Assert.That((config.JwsIssuer, config.ResponseSignature), Is.EqualTo(((string?)null, ResponseSignaturePolicy.Required)));
    }
}
