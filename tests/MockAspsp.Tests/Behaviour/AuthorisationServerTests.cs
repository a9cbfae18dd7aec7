using OpenBanking.Core.Accounts;
using System.Net;
using System.Text.Json;
using MockAspsp.Domain;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.TestSupport;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Behaviour;

public class AuthorisationServerTests
{
    [Test]
    public async Task A_code_used_twice_fails_and_revokes_the_tokens_it_issued()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        var redirect = await c.HeadlessRedirect(pending.ConsentUrl.Url);
        var code = FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).First(p => p.Key == "code").Value;
        (string, string)[] Exchange() => [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect),
            ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", c.Sign(c.AssertionClaims()))];

        using var first = await c.Token(Fields(Exchange()));
        var token = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        using var accountsBefore = await c.Get("/accounts", token);
        using var second = await c.Token(Fields(Exchange()));
        using var accountsAfter = await c.Get("/accounts", token);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(accountsBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("invalid_grant").And.Contain("revoked"));
        Assert.That(accountsAfter.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(c.Bank.State.RefreshTokens, Is.Empty);
    }

    [Test]
    public async Task A_refresh_token_gets_a_new_access_token_until_the_consent_is_deleted()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var (pending, grant) = await c.Authorised();
        var client = c.Library();

        var refreshed = await client.RefreshToken(grant.Tokens.RefreshToken!).Right();
        var accounts = await client.Send(refreshed.AccessToken, AccountInformation.Accounts()).Right();
        await client.DeleteConsent(pending.ClientToken.AccessToken, pending.ConsentId).Right();
        var refused = await client.RefreshToken(grant.Tokens.RefreshToken!).Left();

        Assert.That(refreshed.AccessToken, Is.Not.EqualTo(grant.AccessToken));
        Assert.That(accounts.Items, Is.Not.Empty);
        Assert.That(((ProtocolError)refused).Error, Is.EqualTo("invalid_grant"));
    }

    [Test]
    public async Task The_browser_journey_logs_in_picks_accounts_and_redirects_with_the_hybrid_fragment()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        using var browser = c.Bank.Http(null); // a browser presents no client certificate

        var loginPage = await browser.GetStringAsync(pending.ConsentUrl.Url.PathAndQuery);
        var session = System.Text.RegularExpressions.Regex.Match(loginPage, "name=\"session\" value=\"([^\"]+)\"").Groups[1].Value;
        var wrong = await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "nope"))));
        var accountsPage = await (await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "amelia-pass"))))).Content.ReadAsStringAsync();
        using var decision = await c.Bank.Server.CreateClient().PostAsync($"{TestBank.Issuer}/authorize/decision",
            new FormUrlEncodedContent(Fields(("session", session), ("accounts", "1001"), ("accounts", "1003"), ("decision", "approve"))));

        Assert.That(loginPage, Does.Contain("Log in to Mock ASPSP").And.Contain(PrivateKeyJwt));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(accountsPage, Does.Contain("value=\"1001\"").And.Contain("value=\"1004\"").And.Not.Contain("value=\"2001\""));
        Assert.That(decision.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var location = decision.Headers.Location!.AbsoluteUri;
        var grant = await c.Library().CompleteAccountAccess(pending, location).Right();
        Assert.That(c.Bank.State.Consents[pending.ConsentId].AccountIds, Is.EqualTo(new[] { "1001", "1003" }));
        Assert.That(grant.IdToken.ConsentId, Is.EqualTo(pending.ConsentId));
    }

    [Test]
    public async Task Declining_in_the_browser_redirects_with_access_denied_and_rejects_the_consent()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        using var browser = c.Bank.Http(null);
        var loginPage = await browser.GetStringAsync(pending.ConsentUrl.Url.PathAndQuery);
        var session = System.Text.RegularExpressions.Regex.Match(loginPage, "name=\"session\" value=\"([^\"]+)\"").Groups[1].Value;
        await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "amelia-pass"))));

        using var decision = await c.Bank.Server.CreateClient().PostAsync($"{TestBank.Issuer}/authorize/decision",
            new FormUrlEncodedContent(Fields(("session", session), ("decision", "deny"))));

        var error = await c.Library().CompleteAccountAccess(pending, decision.Headers.Location!.AbsoluteUri).Left();
        Assert.That(((ProtocolError)error).Error, Is.EqualTo("access_denied"));
        Assert.That(c.Bank.State.Consents[pending.ConsentId].Status, Is.EqualTo(ConsentStatus.Rejected));
    }

    [Test]
    public async Task A_bad_request_object_in_the_browser_gets_an_error_page_not_a_redirect()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        using var browser = c.Bank.Http(null);

        using var response = await browser.GetAsync(new Uri(ConsentUrl(null)).PathAndQuery);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("This request cannot be authorised"));
    }

    [Test]
    public async Task Discovery_describes_the_bank_and_its_jwks_verifies_the_id_tokens()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var client = c.Library();

        var discovery = await client.Discover().Right();
        var jwks = await client.Jwks().Right();
        var (pending, grant) = await c.Authorised();

        Assert.Multiple(() =>
        {
            Assert.That(discovery.Issuer, Is.EqualTo(TestBank.Issuer));
            Assert.That(discovery.TokenEndpoint, Is.EqualTo($"{TestBank.Issuer}/token"));
            Assert.That(discovery.TokenEndpointAuthMethodsSupported, Is.EquivalentTo(new[] { "client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth" }));
            Assert.That(discovery.RequestObjectSigningAlgValuesSupported, Does.Not.Contain("none"));
            Assert.That(discovery.MtlsEndpointAliases!["token_endpoint"], Is.EqualTo($"{TestBank.Issuer}/token"));
            Assert.That(jwks.Keys.Single().Kid, Is.EqualTo("mock-aspsp-signing"));
            Assert.That(grant.IdToken.Subject, Is.EqualTo(pending.ConsentId));
        });
    }

    [Test]
    public async Task Token_responses_are_not_cached()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());

        using var response = await c.Token(Fields(("grant_type", "client_credentials"), ("client_id", Tls)));

        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }
}
