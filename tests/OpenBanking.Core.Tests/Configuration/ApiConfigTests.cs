using NUnit.Framework;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Io;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Configuration;

public class ApiConfigTests
{
    // The seed README's iex config, as a seed user would write it in JSON (their keys, unchanged).
    private const string SeedConfigJson = """
        {
          "auth_server_issuer": "https://aspsp.example.com",
          "authorization_endpoint": "https://aspsp.example.com/auth",
          "client_id": "abc8bebb-f67e-4485-bfd9-6656d87a681c",
          "client_secret": "c8be8546-ccac-4536-b9b8-4c919451cd44",
          "fapi_financial_id": "0012300001041ABCD",
          "kid": "1aBCwxyzYlsVO9lco72IWV2Mqmk",
          "permissions": ["ReadAccountsDetail", "ReadBalances"],
          "registered_redirect_url": "https://tpp.example.com/oauth2/callback",
          "resource_endpoint": "https://aspsp.example.com",
          "scope": "accounts payments",
          "signing_alg": "RS256",
          "signing_key": null,
          "token_endpoint": "https://aspsp.example.com/token",
          "token_endpoint_auth_method": "client_secret_basic",
          "transport_cert_file": "./certificates/transport.pem",
          "transport_key_file": "./certificates/transport.key"
        }
        """;

    [Test]
    public void A_seed_config_file_loads_with_its_snake_case_keys_and_validates()
    {
        var config = ApiConfigJson.Parse(SeedConfigJson).Right();

        var validated = config.Validate().Right();

        Assert.Multiple(() =>
        {
            Assert.That(config.ClientId, Is.EqualTo("abc8bebb-f67e-4485-bfd9-6656d87a681c"));
            Assert.That(config.FapiFinancialId, Is.EqualTo("0012300001041ABCD"));
            Assert.That(config.Permissions, Is.EqualTo(new[] { "ReadAccountsDetail", "ReadBalances" }));
            Assert.That(validated.AuthMethod, Is.EqualTo(TokenEndpointAuthMethod.ClientSecretBasic));
            Assert.That(validated.TokenEndpoint, Is.EqualTo(new Uri("https://aspsp.example.com/token")));
            Assert.That(config.AispBasePath, Is.EqualTo("/open-banking/v3.1/aisp"));
            Assert.That(config.ResponseType, Is.EqualTo("code id_token"));
        });
    }

    [TestCase(new[] { "ReadBalances" }, true)]
    [TestCase(new[] { "ReadTransactionsDetail", "ReadTransactionsCredits" }, true)]
    [TestCase(new[] { "ReadAccountsBasic", "ReadBalances", "ReadBalances" }, true)]
    [TestCase(new[] { "ReadAccountsBasic", "ReadTransactionsDetail" }, false)]
    [TestCase(new string[0], false)]
    public void Configured_permissions_are_refused_only_for_what_a_bank_must_reject(string[] permissions, bool valid)
    {
        // Account and Transaction API Profile v3.1.11, "Permissions": the must-reject list has no ReadAccounts* rule.
        var result = (TestConfig.Raw() with { Permissions = [.. permissions] }).Validate();

        Assert.That(result.IsRight, Is.EqualTo(valid), () => result.Match(Right: _ => "valid", Left: e => e.Message));
        if (!valid)
        {
            Assert.That(result.Left().Problems.Select(p => p.Field), Is.EqualTo(new[] { "permissions" }));
        }
    }

    [Test]
    public void The_new_fields_have_json_keys_too()
    {
        var json = SeedConfigJson.Replace("\"kid\":", """
            "aisp_base_path": "/open-banking/v3.1.11/aisp",
            "ca_bundle_file": "bank-ca.pem",
            "request_object_lifetime_seconds": 900,
            "response_type": "code",
            "jwks_uri": "https://aspsp.example.com/jwks",
            "kid":
            """, StringComparison.Ordinal);

        var config = ApiConfigJson.Parse(json).Right();

        Assert.Multiple(() =>
        {
            Assert.That(config.AispBasePath, Is.EqualTo("/open-banking/v3.1.11/aisp"));
            Assert.That(config.CaBundleFile, Is.EqualTo("bank-ca.pem"));
            Assert.That(config.RequestObjectLifetime, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(config.ResponseType, Is.EqualTo("code"));
            Assert.That(config.JwksUri, Is.EqualTo("https://aspsp.example.com/jwks"));
        });
    }

    [Test]
    public void A_config_written_as_json_reads_back_equal()
    {
        var config = TestConfig.Raw();

        var roundTripped = ApiConfigJson.Parse(ApiConfigJson.Write(config)).Right();

        Assert.That(roundTripped, Is.EqualTo(config));
    }

    [Test]
    public void A_misspelt_key_is_a_config_error_naming_it()
    {
        var json = SeedConfigJson.Replace("\"client_secret\"", "\"client_secrett\"", StringComparison.Ordinal);

        var error = ApiConfigJson.Parse(json).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("client_secrett"));
        Assert.That(error.Message, Does.Contain("unknown key"));
    }

    [TestCase("""{ "permissions": "ReadBalances" }""", "permissions")]
    [TestCase("""{ "request_object_lifetime_seconds": "ten" }""", "request_object_lifetime_seconds")]
    [TestCase("""{ "scope": null }""", "scope")]
    [TestCase("""{ "client_id": """, "(document)")]
    public void Malformed_json_is_a_config_error_naming_where(string json, string field)
    {
        var error = ApiConfigJson.Parse(json).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo(field));
    }

    // RFC 8259 §4: names within an object should be unique; which of two values a reader takes is up to it, so a key
    // written twice is refused rather than guessed.
    [Test]
    public void A_key_written_twice_is_a_config_problem_naming_it()
    {
        var json = SeedConfigJson.Replace("\"scope\": \"accounts payments\",", "\"scope\": \"accounts\", \"scope\": \"payments\",", StringComparison.Ordinal);

        var error = ApiConfigJson.Parse(json).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("scope"));
        Assert.That(error.Problems.Single().Reason, Does.Contain("twice"));
    }

    [Test]
    public void A_config_file_with_a_key_written_twice_and_an_empty_jwks_uri_lists_both_problems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"obfx-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"client_id": "a", "client_id": "b", "jwks_uri": ""}""");
        try
        {
            var error = ConfigFile.Load(path).Left();

            Assert.That(error.Problems.Select(p => p.Field), Does.Contain("client_id").And.Contain("jwks_uri"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    public void An_empty_optional_url_is_a_config_problem_not_an_exception(string jwksUri)
    {
        var error = (TestConfig.Raw() with { JwksUri = jwksUri }).Validate().Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("jwks_uri"));
    }

    [TestCase("""{ "max_age": 1e20 }""", "max_age")]
    [TestCase("""{ "max_age": 2147483648 }""", "max_age")]
    [TestCase("""{ "request_timeout_seconds": 1e300 }""", "request_timeout_seconds")]
    [TestCase("""{ "clock_skew_seconds": -1e308 }""", "clock_skew_seconds")]
    [TestCase("""{ "allow_http_loopback": "yes" }""", "allow_http_loopback")]
    [TestCase("""{ "jwks_uri": 5 }""", "jwks_uri")]
    [TestCase("""{ "permissions": [1, 2] }""", "permissions")]
    [TestCase("""{ "permissions": {"a": 1, "a": 2} }""", "permissions")]
    public void A_number_out_of_range_or_a_value_of_the_wrong_type_is_a_config_problem_naming_its_key(string json, string field)
    {
        var error = ApiConfigJson.Parse(json).Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo(field));
    }

    [Test]
    public void A_file_path_with_a_nul_character_is_a_config_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"obfx-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"transport_cert_file": "cert\u0000.pem"}""");
        try
        {
            var error = ConfigFile.Load(path).Left();

            Assert.That(error.Problems.Select(p => p.Field), Does.Contain("transport_cert_file"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Validate_reports_every_problem_at_once()
    {
        var config = new ApiConfig
        {
            AuthServerIssuer = "https://aspsp.example.com",
            AuthorizationEndpoint = "http://aspsp.example.com/auth",
            TokenEndpointAuthMethod = "client_secret_basic",
            SigningKey = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----",
            Kid = "kid",
            Permissions = ["ReadAccountsDetail", "ReadEverything"],
            RegisteredRedirectUrl = "https://tpp.example.com/cb",
        };

        var error = config.Validate().Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EquivalentTo(new[]
        {
            "authorization_endpoint", // http
            "token_endpoint", // missing
            "resource_endpoint", // missing
            "client_id",
            "client_secret", // needed by client_secret_basic
            "signing_key", // unreadable PEM
            "permissions", // unknown code
            "transport_cert_file",
            "transport_key_file",
        }));
        Assert.That(error.Message, Does.StartWith("9 configuration problems:"));
    }

    [TestCase("client_secret_basic", "client_secret")]
    [TestCase("client_secret_post", "client_secret")]
    [TestCase("private_key_jwt", "signing_key")]
    public void An_auth_method_without_its_credential_is_refused(string method, string missingField)
    {
        var config = TestConfig.Raw(method) with { ClientSecret = null, SigningKey = null };

        var error = config.Validate().Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EqualTo(new[] { missingField }));
    }

    [Test]
    public void Tls_client_auth_needs_neither_secret_nor_key()
    {
        var config = TestConfig.Raw("tls_client_auth") with { ClientSecret = null, SigningKey = null };

        Assert.That(config.Validate().Right().AuthMethod, Is.EqualTo(TokenEndpointAuthMethod.TlsClientAuth));
    }

    [Test]
    public void An_unknown_auth_method_is_refused_with_the_choices()
    {
        var error = (TestConfig.Raw() with { TokenEndpointAuthMethod = "client_secret_jwt" }).Validate().Left();

        Assert.That(error.Problems.Single().Reason, Does.Contain("client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth"));
    }

    [TestCase("none")]
    [TestCase("HS256")]
    public void Signing_with_none_or_hmac_is_refused(string alg)
    {
        var error = (TestConfig.Raw() with { SigningAlg = alg }).Validate().Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("signing_alg"));
    }

    [Test]
    public void An_rsa_key_for_es256_is_refused()
    {
        var error = (TestConfig.Raw() with { SigningAlg = "ES256" }).Validate().Left();

        Assert.That(error.Problems.Single(), Has.Property("Field").EqualTo("signing_key").And.Property("Reason").Contains("EC private key"));
    }

    [Test]
    public void A_signing_key_needs_a_kid()
    {
        var error = (TestConfig.Raw() with { Kid = null }).Validate().Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("kid"));
    }

    [TestCase("http://127.0.0.1:8443/token", true, true)]
    [TestCase("http://localhost/token", true, true)]
    [TestCase("http://aspsp.example.com/token", true, false)]
    [TestCase("http://127.0.0.1:8443/token", false, false)]
    [TestCase("https://aspsp.example.com/token", false, true)]
    [TestCase("ftp://aspsp.example.com/token", true, false)]
    [TestCase("/token", true, false)]
    public void Endpoints_must_be_https_except_loopback_when_allowed(string tokenEndpoint, bool allowLoopback, bool accepted)
    {
        var config = TestConfig.Raw() with { TokenEndpoint = tokenEndpoint, AllowHttpLoopback = allowLoopback };

        var result = config.Validate();

        Assert.That(result.IsRight, Is.EqualTo(accepted), () => result.Match(Right: _ => "accepted", Left: e => e.ToString()));
    }

    [TestCase(0, false)]
    [TestCase(3600, true)]
    [TestCase(3601, false)]
    public void The_request_object_lifetime_is_at_most_sixty_minutes(int seconds, bool accepted)
    {
        var config = TestConfig.Raw() with { RequestObjectLifetime = TimeSpan.FromSeconds(seconds) };

        Assert.That(config.Validate().IsRight, Is.EqualTo(accepted));
    }

    [Test]
    public void Permission_combination_rules_are_config_problems_too()
    {
        var config = TestConfig.Raw() with { Permissions = ["ReadAccountsBasic", "ReadTransactionsBasic"] };

        var error = config.Validate().Left();

        Assert.That(error.Problems.Single().Reason, Does.Contain("needs ReadTransactionsCredits or ReadTransactionsDebits"));
    }

    [Test]
    public void ToString_redacts_the_client_secret_and_the_signing_key()
    {
        var config = TestConfig.Raw("client_secret_basic");

        var text = config.ToString() + TestConfig.Validated(config);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(TestConfig.ClientSecret));
            Assert.That(text, Does.Not.Contain("PRIVATE KEY"));
            Assert.That(text, Does.Not.Contain(TestKeys.TppRsaPem.Split('\n')[1]));
            Assert.That(text, Does.Contain("client_secret = ***").And.Contain("signing_key = ***"));
            Assert.That(text, Does.Contain("client_id = " + TestConfig.ClientId));
        });
    }

    [Test]
    public void A_config_error_lists_each_problem_in_one_sentence()
    {
        var error = new ConfigError([new ConfigProblem("client_id", "is required"), new ConfigProblem("kid", "is required")]);

        Assert.That(error.ToString(), Is.EqualTo("2 configuration problems: client_id: is required; kid: is required."));
    }

    [TestCase(600, true)]
    [TestCase(601, false)]
    [TestCase(2592000, false)]
    public void The_request_timeout_is_bounded(int seconds, bool accepted)
    {
        Assert.That((TestConfig.Raw() with { RequestTimeout = TimeSpan.FromSeconds(seconds) }).Validate().IsRight, Is.EqualTo(accepted));
    }

    [Test]
    public void A_256_bit_ec_key_on_another_curve_is_refused_for_es256()
    {
        using var brainpool = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.brainpoolP256r1);
        var config = TestConfig.Raw() with { SigningAlg = "ES256", SigningKey = brainpool.ExportPkcs8PrivateKeyPem() };

        var error = config.Validate().Left();

        Assert.That(error.Problems.Single().Reason, Does.Contain("P-256"));
    }

    [Test]
    public void An_rsa_key_under_2048_bits_is_refused()
    {
        using var small = System.Security.Cryptography.RSA.Create(1024);

        var error = (TestConfig.Raw() with { SigningKey = small.ExportPkcs8PrivateKeyPem() }).Validate().Left();

        Assert.That(error.Problems.Single().Reason, Does.Contain("1024-bit"));
    }

    [Test]
    public void Every_unknown_key_and_wrong_value_is_listed_at_once()
    {
        var error = ApiConfigJson.Parse("""{ "kidd": "x", "client_id": 42, "permissions": "ReadBalances", "scope": "openid accounts" }""").Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EqualTo(new[] { "kidd", "client_id", "permissions" }));
    }

    [Test]
    public void Written_configs_keep_placeholders_readable()
    {
        var json = ApiConfigJson.Write(new ApiConfig { ClientId = "<your client id>" });

        Assert.That(json, Does.Contain("\"client_id\": \"<your client id>\""));
    }
}
