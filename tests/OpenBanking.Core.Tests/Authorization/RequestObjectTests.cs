using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Authorization;

public class RequestObjectTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private const string State = "state-from-the-tpp-session";
    private const string Nonce = "nonce-from-the-tpp-session";

    private static Dictionary<string, string> Query(Uri url) =>
        FormUrlEncoding.Decode(url.Query[1..]).ToDictionary(p => p.Key, p => p.Value);

    [Test]
    public void The_consent_url_carries_the_oidc_parameters_and_a_signed_request_object()
    {
        var url = RequestObject.ConsentUrl(TestConfig.Valid(), "urn-intent-1", Now, IdSource.Sequential(), state: State, nonce: Nonce).Right();

        var query = Query(url.Url);
        Assert.Multiple(() =>
        {
            Assert.That(url.Url.GetLeftPart(UriPartial.Path), Is.EqualTo("https://aspsp.example.com/auth"));
            Assert.That(query.Keys, Is.EqualTo(new[] { "client_id", "response_type", "scope", "redirect_uri", "state", "nonce", "request" }));
            Assert.That(query["client_id"], Is.EqualTo(TestConfig.ClientId));
            Assert.That(query["response_type"], Is.EqualTo("code id_token"));
            Assert.That(query["scope"], Is.EqualTo("openid accounts"));
            Assert.That(query["redirect_uri"], Is.EqualTo(TestConfig.RedirectUrl));
            Assert.That(query["state"], Is.EqualTo(State));
            Assert.That(query["nonce"], Is.EqualTo(Nonce));
            Assert.That(query["request"], Is.EqualTo(url.RequestObject));
            Assert.That(url.Url.Query, Does.Contain("response_type=code%20id_token"));
        });
    }

    [Test]
    public void The_request_object_has_every_claim_the_security_profile_requires()
    {
        var url = RequestObject.ConsentUrl(TestConfig.Valid(), "urn-intent-1", Now, IdSource.Sequential(), state: State, nonce: Nonce).Right();

        var jwt = Jwt.Verified(url.RequestObject, TestKeys.TppRsa, JwsAlgorithms.PS256);

        var claims = JsonDocument.Parse(jwt.EncodedPayload.Length > 0 ? Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(jwt.EncodedPayload) : "{}").RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(jwt.Alg, Is.EqualTo("PS256"));
            Assert.That(jwt.Kid, Is.EqualTo(TestKeys.TppKid));
            Assert.That(jwt.Issuer, Is.EqualTo(TestConfig.ClientId));
            Assert.That(jwt.Audiences, Is.EqualTo(new[] { TestConfig.Issuer }));
            Assert.That(claims.GetProperty("client_id").GetString(), Is.EqualTo(TestConfig.ClientId));
            Assert.That(claims.GetProperty("response_type").GetString(), Is.EqualTo("code id_token"));
            Assert.That(claims.GetProperty("redirect_uri").GetString(), Is.EqualTo(TestConfig.RedirectUrl));
            Assert.That(claims.GetProperty("scope").GetString(), Is.EqualTo("openid accounts"));
            Assert.That(claims.GetProperty("state").GetString(), Is.EqualTo(State));
            Assert.That(claims.GetProperty("nonce").GetString(), Is.EqualTo(Nonce));
            Assert.That(claims.GetProperty("max_age").GetInt32(), Is.EqualTo(86400));
            Assert.That(claims.GetProperty("iat").GetInt64(), Is.EqualTo(Now.ToUnixTimeSeconds()));
            Assert.That(claims.GetProperty("nbf").GetInt64(), Is.EqualTo(Now.AddSeconds(-30).ToUnixTimeSeconds()), "set back for a bank clock a little behind");
            Assert.That(claims.GetProperty("exp").GetInt64(), Is.EqualTo(Now.AddMinutes(10).ToUnixTimeSeconds()));
            Assert.That(claims.GetProperty("jti").GetString(), Is.EqualTo("00000000-0000-4000-8000-000000000001"));
            var idToken = claims.GetProperty("claims").GetProperty("id_token");
            Assert.That(idToken.GetProperty("openbanking_intent_id").GetProperty("value").GetString(), Is.EqualTo("urn-intent-1"));
            Assert.That(idToken.GetProperty("openbanking_intent_id").GetProperty("essential").GetBoolean(), Is.True);
            Assert.That(idToken.GetProperty("acr").GetProperty("essential").GetBoolean(), Is.True);
            Assert.That(idToken.GetProperty("acr").GetProperty("values").EnumerateArray().Select(v => v.GetString()),
                Is.EqualTo(new[] { "urn:openbanking:psd2:sca", "urn:openbanking:psd2:ca" }));
            var userinfo = claims.GetProperty("claims").GetProperty("userinfo");
            Assert.That(userinfo.GetProperty("openbanking_intent_id").GetProperty("value").GetString(), Is.EqualTo("urn-intent-1"));
        });
    }

    [Test]
    public void The_request_object_lifetime_follows_the_config_and_stays_within_sixty_minutes()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { RequestObjectLifetime = TimeSpan.FromMinutes(60) });

        var jwt = Jwt.Verified(RequestObject.ConsentUrl(config, "c", Now, IdSource.Sequential()).Right().RequestObject, TestKeys.TppRsa, "PS256");

        Assert.That(jwt.ValidTo - jwt.ValidFrom, Is.EqualTo(TimeSpan.FromMinutes(60)));
    }

    [Test]
    public void An_es256_config_signs_the_request_object_with_es256()
    {
        var url = RequestObject.ConsentUrl(TestConfig.Valid("private_key_jwt", JwsAlgorithms.ES256), "c", Now, IdSource.Sequential()).Right();

        Assert.That(Jwt.Verified(url.RequestObject, TestKeys.TppEc, JwsAlgorithms.ES256).Alg, Is.EqualTo("ES256"));
    }

    [Test]
    public void State_and_nonce_come_from_the_id_source_when_not_given_and_are_returned()
    {
        var url = RequestObject.ConsentUrl(TestConfig.Valid(), "c", Now, IdSource.Sequential()).Right();

        Assert.That(url.State, Is.EqualTo("00000000-0000-4000-8000-000000000001"));
        Assert.That(url.Nonce, Is.EqualTo("00000000-0000-4000-8000-000000000002"));
        Assert.That(Query(url.Url)["state"], Is.EqualTo(url.State));
        Assert.That(Query(url.Url)["nonce"], Is.EqualTo(url.Nonce));
    }

    [Test]
    public void Random_state_and_nonce_differ_each_time()
    {
        var first = RequestObject.ConsentUrl(TestConfig.Valid(), "c", Now, IdSource.Random).Right();
        var second = RequestObject.ConsentUrl(TestConfig.Valid(), "c", Now, IdSource.Random).Right();

        Assert.That(new[] { first.State, first.Nonce, second.State, second.Nonce }, Is.Unique);
    }

    [TestCase("client_secret_basic")]
    [TestCase("tls_client_auth")]
    public void Without_a_signing_key_there_is_no_consent_url_never_an_unsigned_one(string method)
    {
        var config = TestConfig.Validated(TestConfig.Raw(method) with { SigningKey = null });

        var error = RequestObject.ConsentUrl(config, "c", Now, IdSource.Sequential()).LeftOf<ConfigError, ConsentUrl>();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("signing_key"));
        Assert.That(error.Message, Does.Contain("never sent with alg none"));
    }

    [Test]
    public void Openid_is_added_to_a_scope_that_lacks_it_and_not_doubled()
    {
        Assert.That(RequestObject.Scope(TestConfig.Validated(TestConfig.Raw() with { Scope = "accounts payments" })), Is.EqualTo("openid accounts payments"));
        Assert.That(RequestObject.Scope(TestConfig.Validated(TestConfig.Raw() with { Scope = "accounts openid" })), Is.EqualTo("openid accounts"));
    }

    [Test]
    public void An_authorisation_endpoint_with_a_query_keeps_it()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { AuthorizationEndpoint = "https://aspsp.example.com/auth?tenant=retail" });

        var url = RequestObject.ConsentUrl(config, "c", Now, IdSource.Sequential()).Right();

        Assert.That(Query(url.Url)["tenant"], Is.EqualTo("retail"));
        Assert.That(Query(url.Url)["client_id"], Is.EqualTo(TestConfig.ClientId));
    }

    [TestCase("", null, "state")]
    [TestCase("short-state", null, "state")]
    [TestCase(null, "   ", "nonce")]
    public void A_guessable_state_or_nonce_is_refused(string? state, string? nonce, string check)
    {
        var error = RequestObject.ConsentUrl(TestConfig.Valid(), "c", Now, IdSource.Sequential(), state, nonce).LeftOf<ValidationError, ConsentUrl>();

        Assert.That(error.Check, Is.EqualTo(check));
    }

    [Test]
    public void A_request_object_never_spans_more_than_sixty_minutes_from_nbf_to_exp()
    {
        foreach (var minutes in new[] { 1, 10, 59.75, 60 })
        {
            var config = TestConfig.Validated(TestConfig.Raw() with { RequestObjectLifetime = TimeSpan.FromMinutes(minutes) });

            var jwt = Jwt.Verified(RequestObject.ConsentUrl(config, "c", Now, IdSource.Sequential()).Right().RequestObject, TestKeys.TppRsa, "PS256");

            Assert.That(jwt.ValidTo - jwt.ValidFrom, Is.LessThanOrEqualTo(TimeSpan.FromMinutes(60)), $"lifetime {minutes} min");
        }
    }

    [TestCase(JwsAlgorithms.PS256)]
    [TestCase(JwsAlgorithms.ES256)]
    public void The_request_object_alone_is_the_one_the_consent_url_carries(string alg)
    {
        var config = TestConfig.Valid(signingAlg: alg);
        var url = RequestObject.ConsentUrl(config, "urn-intent-1", Now, IdSource.Sequential(), state: State, nonce: Nonce).Right();
        // ConsentUrl takes only the jti from the id source when state and nonce are given: the first sequential id.
        var jti = IdSource.Sequential().NewId();

        var alone = RequestObject.Create(config, "urn-intent-1", State, Nonce, jti, Now).Right();

        var key = alg == JwsAlgorithms.PS256 ? (System.Security.Cryptography.AsymmetricAlgorithm)TestKeys.TppRsa : TestKeys.TppEc;
        Assert.That(Jwt.Verified(alone, key, alg).EncodedHeader, Is.EqualTo(Jwt.Verified(url.RequestObject, key, alg).EncodedHeader));
        Assert.That(Jwt.Verified(alone, key, alg).EncodedPayload, Is.EqualTo(Jwt.Verified(url.RequestObject, key, alg).EncodedPayload));
    }

    [TestCase("c", "short-state", Nonce, "j", "state")]
    [TestCase("c", State, "", "j", "nonce")]
    [TestCase(" ", State, Nonce, "j", "consent_id")]
    [TestCase("c", State, Nonce, " ", "jti")]
    public void The_request_object_alone_is_refused_for_what_the_consent_url_would_be(string consentId, string state, string nonce, string jti, string check)
    {
        var error = RequestObject.Create(TestConfig.Valid(), consentId, state, nonce, jti, Now).LeftOf<ValidationError, string>();

        Assert.That(error.Check, Is.EqualTo(check));
    }

    [Test]
    public void Without_a_signing_key_there_is_no_request_object_either()
    {
        var config = TestConfig.Validated(TestConfig.Raw("client_secret_basic") with { SigningKey = null });

        var error = RequestObject.Create(config, "c", State, Nonce, "jti-1", Now).LeftOf<ConfigError, string>();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("signing_key"));
    }
}
