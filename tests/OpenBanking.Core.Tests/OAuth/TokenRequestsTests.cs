using System.Text;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.OAuth;

public class TokenRequestsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    // Expected values computed independently (Python: WHATWG form encoding, then base64.b64encode).
    [TestCase("client id", "s3cr+t/with=chars", "Y2xpZW50K2lkOnMzY3IlMkJ0JTJGd2l0aCUzRGNoYXJz")]
    [TestCase("abc", "a+b", "YWJjOmElMkJi")]
    [TestCase("ü@x", "p:w", "JUMzJUJDJTQweDpwJTNBdw==")]
    public void Client_secret_basic_form_encodes_id_and_secret_before_standard_base64(string id, string secret, string expected)
    {
        var credentials = TokenRequests.BasicCredentials(id, secret);

        Assert.That(credentials, Is.EqualTo(expected));
    }

    [Test]
    public void A_secret_with_plus_slash_and_question_mark_survives_the_round_trip()
    {
        // The seed library sent URL-safe base64 of the raw "abc:a+b?>": "YWJjOmErYj8-". A server decodes
        // that as standard base64 (RFC 7617) and fails on '-', or form-decodes '+' into a space.
        var credentials = TokenRequests.BasicCredentials("abc", "a+b?>");

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(credentials)).Split(':');

        Assert.That(credentials, Is.Not.EqualTo("YWJjOmErYj8-"));
        Assert.That(FormUrlEncoding.Decode($"id={decoded[0]}&secret={decoded[1]}").Select(f => f.Value), Is.EqualTo(new[] { "abc", "a+b?>" }));
    }

    [Test]
    public void Client_credentials_with_client_secret_basic_authenticates_in_the_header_only()
    {
        var config = TestConfig.Valid("client_secret_basic");

        var request = TokenRequests.ClientCredentials(config, Now, "jti-1").Right();

        var form = (RequestBody.Form)request.Body;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(request.Uri, Is.EqualTo(new Uri("https://aspsp.example.com/token")));
            Assert.That(request.Header("Authorization"), Is.EqualTo("Basic " + TokenRequests.BasicCredentials(TestConfig.ClientId, TestConfig.ClientSecret)));
            Assert.That(form.Fields, Is.EqualTo(new[] { KeyValuePair.Create("grant_type", "client_credentials"), KeyValuePair.Create("scope", "accounts") }));
            Assert.That(form.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        });
    }

    [Test]
    public void Client_secret_basic_header_decodes_to_the_secret_with_plus_and_slash_intact()
    {
        var config = TestConfig.Valid("client_secret_basic");

        var header = TokenRequests.ClientCredentials(config, Now, "jti-1").Right().Header("Authorization")!;

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        var parts = decoded.Split(':');
        Assert.That(Uri.UnescapeDataString(parts[1].Replace('+', ' ')), Is.EqualTo(TestConfig.ClientSecret));
    }

    [Test]
    public void Client_secret_post_puts_id_and_secret_in_the_body()
    {
        var request = TokenRequests.ClientCredentials(TestConfig.Valid("client_secret_post"), Now, "jti-1").Right();

        var form = (RequestBody.Form)request.Body;
        Assert.Multiple(() =>
        {
            Assert.That(request.Header("Authorization"), Is.Null);
            Assert.That(form["client_id"], Is.EqualTo(TestConfig.ClientId));
            Assert.That(form["client_secret"], Is.EqualTo(TestConfig.ClientSecret));
            Assert.That(Encoding.ASCII.GetString(form.ToBytes()), Does.Contain("client_secret=c8be8546%2Bccac%2F4536%3Db9b8"));
        });
    }

    [Test]
    public void Tls_client_auth_sends_only_the_client_id()
    {
        var request = TokenRequests.ClientCredentials(TestConfig.Valid("tls_client_auth"), Now, "jti-1").Right();

        var form = (RequestBody.Form)request.Body;
        Assert.That(request.Header("Authorization"), Is.Null);
        Assert.That(form.Fields.Select(f => f.Key), Is.EqualTo(new[] { "grant_type", "scope", "client_id" }));
    }

    [TestCase(JwsAlgorithms.PS256)]
    [TestCase(JwsAlgorithms.RS256)]
    [TestCase(JwsAlgorithms.ES256)]
    public void Private_key_jwt_signs_an_assertion_that_verifies_with_the_public_key(string alg)
    {
        var config = TestConfig.Valid("private_key_jwt", alg);

        var request = TokenRequests.ClientCredentials(config, Now, "assertion-jti").Right();

        var form = (RequestBody.Form)request.Body;
        var key = alg == JwsAlgorithms.ES256 ? (System.Security.Cryptography.AsymmetricAlgorithm)TestKeys.TppEc : TestKeys.TppRsa;
        var jwt = Jwt.Verified(form["client_assertion"]!, key, alg);
        Assert.Multiple(() =>
        {
            Assert.That(form["client_assertion_type"], Is.EqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
            Assert.That(jwt.Alg, Is.EqualTo(alg));
            Assert.That(jwt.Kid, Is.EqualTo(TestKeys.TppKid));
            Assert.That(jwt.Issuer, Is.EqualTo(TestConfig.ClientId));
            Assert.That(jwt.Subject, Is.EqualTo(TestConfig.ClientId));
            Assert.That(jwt.Audiences, Is.EqualTo(new[] { "https://aspsp.example.com/token" }));
            Assert.That(jwt.Id, Is.EqualTo("assertion-jti"));
            Assert.That(jwt.IssuedAt, Is.EqualTo(Now.UtcDateTime));
            Assert.That(jwt.ValidTo, Is.EqualTo(Now.AddMinutes(5).UtcDateTime));
            Assert.That(request.Header("Authorization"), Is.Null);
        });
    }

    [Test]
    public void The_assertion_lifetime_is_configurable()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ClientAssertionLifetime = TimeSpan.FromSeconds(60) });

        var form = (RequestBody.Form)TokenRequests.ClientCredentials(config, Now, "j").Right().Body;

        Assert.That(Jwt.Verified(form["client_assertion"]!, TestKeys.TppRsa, "PS256").ValidTo, Is.EqualTo(Now.AddSeconds(60).UtcDateTime));
    }

    [Test]
    public void Each_assertion_carries_the_jti_it_was_given()
    {
        var config = TestConfig.Valid();

        var first = (RequestBody.Form)TokenRequests.ClientCredentials(config, Now, "jti-1").Right().Body;
        var second = (RequestBody.Form)TokenRequests.ClientCredentials(config, Now, "jti-2").Right().Body;

        Assert.That(Jwt.Verified(first["client_assertion"]!, TestKeys.TppRsa, "PS256").Id, Is.EqualTo("jti-1"));
        Assert.That(Jwt.Verified(second["client_assertion"]!, TestKeys.TppRsa, "PS256").Id, Is.EqualTo("jti-2"));
    }

    [Test]
    public void The_authorisation_code_grant_sends_the_code_and_the_registered_redirect_uri()
    {
        var request = TokenRequests.AuthorizationCode(TestConfig.Valid("client_secret_basic"), "the-code", Now, "j").Right();

        var form = (RequestBody.Form)request.Body;
        Assert.That(form.Fields, Is.EqualTo(new[]
        {
            KeyValuePair.Create("grant_type", "authorization_code"),
            KeyValuePair.Create("code", "the-code"),
            KeyValuePair.Create("redirect_uri", TestConfig.RedirectUrl),
        }));
    }

    [Test]
    public void The_refresh_token_grant_sends_the_refresh_token_with_client_authentication()
    {
        var request = TokenRequests.RefreshToken(TestConfig.Valid(), "the-refresh-token", Now, "j").Right();

        var form = (RequestBody.Form)request.Body;
        Assert.That(form["grant_type"], Is.EqualTo("refresh_token"));
        Assert.That(form["refresh_token"], Is.EqualTo("the-refresh-token"));
        Assert.That(form["client_assertion"], Is.Not.Null);
    }

    [Test]
    public void An_empty_code_or_refresh_token_is_a_validation_error_not_a_request()
    {
        var config = TestConfig.Valid();

        Assert.That(TokenRequests.AuthorizationCode(config, " ", Now, "j").LeftOf<ValidationError, HttpRequestSpec>().Check, Is.EqualTo("code"));
        Assert.That(TokenRequests.RefreshToken(config, "", Now, "j").LeftOf<ValidationError, HttpRequestSpec>().Check, Is.EqualTo("refresh_token"));
    }

    [Test]
    public void Printing_a_token_request_never_shows_a_credential()
    {
        var basic = TokenRequests.ClientCredentials(TestConfig.Valid("client_secret_basic"), Now, "j").Right();
        var post = TokenRequests.AuthorizationCode(TestConfig.Valid("client_secret_post"), "the-code", Now, "j").Right();
        var jwt = TokenRequests.RefreshToken(TestConfig.Valid(), "the-refresh-token", Now, "j").Right();

        var printed = $"{basic} {post} {jwt}";

        Assert.Multiple(() =>
        {
            Assert.That(printed, Does.Not.Contain(TokenRequests.BasicCredentials(TestConfig.ClientId, TestConfig.ClientSecret)));
            Assert.That(printed, Does.Not.Contain("c8be8546"));
            Assert.That(printed, Does.Not.Contain("the-code"));
            Assert.That(printed, Does.Not.Contain("the-refresh-token"));
            Assert.That(printed, Does.Not.Contain("eyJ"));
            Assert.That(printed, Does.Contain("Authorization: Basic ***"));
        });
    }

    [Test]
    public void Builders_are_deterministic_for_the_same_inputs_except_for_randomised_signatures()
    {
        var config = TestConfig.Valid("client_secret_post");
        var time = new FakeTimeProvider(Now);

        var first = TokenRequests.ClientCredentials(config, time.GetUtcNow(), "j").Right();
        var second = TokenRequests.ClientCredentials(config, time.GetUtcNow(), "j").Right();

        Assert.That(second, Is.EqualTo(first));
    }
}
