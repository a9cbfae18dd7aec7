using NUnit.Framework;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Configuration;

/// <summary>The validated configuration is made of typed parts, with nothing reached back through the raw config.</summary>
public class ValidatedApiConfigTests
{
    [TestCase("client_secret_basic", typeof(ClientAuthentication.ClientSecretBasic))]
    [TestCase("client_secret_post", typeof(ClientAuthentication.ClientSecretPost))]
    [TestCase("private_key_jwt", typeof(ClientAuthentication.PrivateKeyJwt))]
    [TestCase("tls_client_auth", typeof(ClientAuthentication.TlsClientAuth))]
    public void Each_auth_method_validates_to_its_client_authentication_case(string method, Type expected)
    {
        var config = TestConfig.Valid(method);

        Assert.That(config.ClientAuthentication, Is.TypeOf(expected));
        Assert.That(config.ClientAuthentication.Method.ToWireName(), Is.EqualTo(method));
    }

    [Test]
    public void The_client_secret_cases_carry_the_secret()
    {
        var basic = TestConfig.Valid("client_secret_basic").ClientAuthentication;
        var post = TestConfig.Valid("client_secret_post").ClientAuthentication;

        Assert.That(((ClientAuthentication.ClientSecretBasic)basic).Secret, Is.EqualTo(TestConfig.ClientSecret));
        Assert.That(((ClientAuthentication.ClientSecretPost)post).Secret, Is.EqualTo(TestConfig.ClientSecret));
    }

    [Test]
    public void Private_key_jwt_carries_the_pem_key_as_its_signer_and_the_assertion_lifetime()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ClientAssertionLifetime = TimeSpan.FromMinutes(2) });

        var jwt = (ClientAuthentication.PrivateKeyJwt)config.ClientAuthentication;

        Assert.That(jwt.Signer, Is.TypeOf<SigningKey>().And.SameAs(config.Signer));
        Assert.That(jwt.Signer.KeyId, Is.EqualTo(TestKeys.TppKid));
        Assert.That(jwt.AssertionLifetime, Is.EqualTo(TimeSpan.FromMinutes(2)));
    }

    [TestCase("code id_token", ResponseType.CodeIdToken, true)]
    [TestCase("code", ResponseType.Code, false)]
    public void The_response_type_is_an_enum_with_its_wire_name(string wire, ResponseType expected, bool carriesIdToken)
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ResponseType = wire });

        Assert.That(config.ResponseType, Is.EqualTo(expected));
        Assert.That(config.ResponseType.ToWireName(), Is.EqualTo(wire));
        Assert.That(config.ResponseType.CarriesIdToken(), Is.EqualTo(carriesIdToken));
    }

    [TestCase("id_token code")]
    [TestCase("token")]
    [TestCase("CODE")]
    public void A_response_type_that_is_not_a_supported_wire_name_does_not_parse(string wire)
    {
        Assert.That(ResponseTypes.FromWireName(wire), Is.Null);
    }

    [Test]
    public void Endpoints_are_uris_and_times_are_time_spans()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with
        {
            MaxAge = 300,
            ClockSkew = TimeSpan.FromSeconds(90),
            RequestTimeout = TimeSpan.FromSeconds(12),
            RequestObjectLifetime = TimeSpan.FromMinutes(7),
            FapiFinancialId = "0015800001041RHAAY",
            ApiVersion = "4.0",
            IdTokenSigningAlg = "ES256",
        });

        Assert.Multiple(() =>
        {
            Assert.That(config.AuthorizationEndpoint, Is.EqualTo(new Uri("https://aspsp.example.com/auth")));
            Assert.That(config.JwksUri, Is.EqualTo(new Uri("https://aspsp.example.com/jwks")));
            Assert.That(config.MaxAge, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(config.ClockSkew, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(config.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(12)));
            Assert.That(config.RequestObjectLifetime, Is.EqualTo(TimeSpan.FromMinutes(7)));
            Assert.That(config.FapiFinancialId, Is.EqualTo("0015800001041RHAAY"));
            Assert.That(config.ApiVersion, Is.EqualTo("4.0"));
            Assert.That(config.AisBasePath, Is.EqualTo("/open-banking/v4.0/aisp"));
            Assert.That(config.IdTokenSigningAlg, Is.EqualTo("ES256"));
            Assert.That(config.Permissions, Is.EqualTo(TestConfig.Raw().Permissions));
            Assert.That(config.TransportFiles, Is.EqualTo(new TransportFiles("./certificates/transport.pem", "./certificates/transport.key", null)));
        });
    }

    [Test]
    public void The_validated_config_keeps_no_reference_to_the_raw_config()
    {
        var properties = typeof(ValidatedApiConfig).GetProperties();

        Assert.That(properties.Select(p => p.PropertyType), Has.None.EqualTo(typeof(ApiConfig)));
        Assert.That(properties.Select(p => p.Name), Has.None.EqualTo("Source"));
    }

    [Test]
    public void Changing_the_raw_permissions_afterwards_does_not_change_the_validated_config()
    {
        var permissions = new List<string>(TestConfig.Raw().Permissions);
        var config = TestConfig.Validated(TestConfig.Raw() with { Permissions = permissions });

        permissions.Clear();

        Assert.That(config.Permissions, Has.Count.EqualTo(5));
    }

    [TestCase("client_secret_basic")]
    [TestCase("client_secret_post")]
    [TestCase("private_key_jwt")]
    public void The_validated_config_prints_no_secret(string method)
    {
        var config = TestConfig.Raw(method);

        var text = TestConfig.Validated(config).ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(TestConfig.ClientSecret));
            Assert.That(text, Does.Not.Contain("PRIVATE KEY"));
            Assert.That(text, Does.Not.Contain(TestKeys.TppRsaPem.Split('\n')[1]));
            Assert.That(text, Does.Contain("client_id = " + TestConfig.ClientId).And.Contain(method));
        });
    }

    [Test]
    public void A_client_secret_case_prints_no_secret()
    {
        var basic = new ClientAuthentication.ClientSecretBasic("s3cr3t-value");
        var post = new ClientAuthentication.ClientSecretPost("s3cr3t-value");

        Assert.That(basic.ToString() + post, Does.Not.Contain("s3cr3t-value"));
    }
}
