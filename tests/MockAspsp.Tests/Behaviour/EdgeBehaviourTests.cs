using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using MockAspsp.Domain;
using MockAspsp.Hosting;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Behaviour;

/// <summary>Behaviour that is right by design though it is not a plain refusal: spent assertions, pruning, headers, links.</summary>
public class EdgeBehaviourTests
{
    [Test]
    public async Task An_assertion_is_spent_even_when_its_grant_fails()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var claims = c.AssertionClaims();
        (string, string)[] WithAssertion(string code) => [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect),
            ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", c.Sign(claims))];

        using var failed = await c.Token(Fields(WithAssertion("made-up")));
        using var replayed = await c.WithAssertion(c.Sign(claims));

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await replayed.Content.ReadAsStringAsync(), Does.Contain("this jti was used before"));
    }

    [Test]
    public async Task A_browser_approval_with_no_account_ticked_shares_nothing()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        using var browser = c.Bank.Http(null);
        var page = await browser.GetStringAsync(pending.ConsentUrl.Url.PathAndQuery);
        var session = System.Text.RegularExpressions.Regex.Match(page, "name=\"session\" value=\"([^\"]+)\"").Groups[1].Value;
        await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "amelia-pass"))));

        using var decision = await browser.PostAsync("/authorize/decision", new FormUrlEncodedContent(Fields(("session", session), ("decision", "approve"))));

        Assert.That(decision.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await decision.Content.ReadAsStringAsync(), Does.Contain("choose at least one account"));
        Assert.That(c.Bank.State.Consents[pending.ConsentId].Status, Is.EqualTo(ConsentStatus.AwaitingAuthorisation));
    }

    [Test]
    public async Task Too_many_requests_say_when_to_retry()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync(o => o with { RateLimitPerSecond = 1 }));
        var (_, grant) = await c.Authorised();
        c.Bank.Time.Advance(TimeSpan.FromSeconds(1));

        using var first = await c.Get("/accounts", grant.AccessToken);
        using var second = await c.Get("/accounts", grant.AccessToken);
        c.Bank.Time.Advance(TimeSpan.FromSeconds(1));
        using var later = await c.Get("/accounts", grant.AccessToken);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_bearer_scheme_is_case_insensitive()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var (_, grant) = await c.Authorised();

        using var response = await c.Get("/accounts", null, h => h.TryAddWithoutValidation("Authorization", $"bearer {grant.AccessToken}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Paging_links_keep_the_requests_own_query()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var (_, grant) = await c.Authorised(consent: new OpenBanking.Core.Consents.AccountAccessConsentRequest(
            ["ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits"]));

        using var response = await c.Get("/accounts/1001/transactions?fromBookingDateTime=2026-01-01T00:00:00&x=1&x=2&page=2", grant.AccessToken);

        var links = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Links");
        Assert.That(links.GetProperty("Self").GetString(), Does.EndWith("/transactions?fromBookingDateTime=2026-01-01T00:00:00&x=1&x=2&page=2"));
        Assert.That(links.GetProperty("Next").GetString(), Does.EndWith("/transactions?fromBookingDateTime=2026-01-01T00:00:00&x=1&x=2&page=3"));
        Assert.That(links.GetProperty("First").GetString(), Does.EndWith("/transactions?fromBookingDateTime=2026-01-01T00:00:00&x=1&x=2"));
    }

    [Test]
    public async Task Without_a_state_the_redirect_carries_none_and_the_id_token_no_s_hash()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        var claims = c.RequestObjectClaims(pending.ConsentId);
        claims.Remove("state");
        var url = ConsentUrl(c.Sign(claims)).Replace("&state=state-0123456789abcdef", "", StringComparison.Ordinal);

        using var response = await c.Headless(url, "amelia", "amelia-pass");

        var redirect = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("redirect_url").GetString()!;
        var fragment = FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).ToDictionary(p => p.Key, p => p.Value);
        Assert.That(fragment.Keys, Is.EquivalentTo(new[] { "code", "id_token", "iss" }));
        Assert.That(RequestSnapshot.DecodeJwt(fragment["id_token"])["claims"]!.AsObject().ContainsKey("s_hash"), Is.False);
    }

    [Test]
    public async Task Expired_codes_tokens_and_assertion_ids_are_forgotten()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        await c.Authorised();
        var before = c.Bank.State;
        c.Bank.Time.Advance(TimeSpan.FromDays(100));

        await c.ClientToken();

        var after = c.Bank.State;
        Assert.That(before.AccessTokens.Count + before.UsedAssertionIds.Count, Is.GreaterThan(2));
        Assert.That(after.AccessTokens, Has.Count.EqualTo(1), "only the token just issued");
        Assert.That(after.RefreshTokens, Is.Empty);
        Assert.That(after.UsedAssertionIds, Is.Empty);
        Assert.That(after.Codes, Is.Empty);
        Assert.That(after.Consents, Has.Count.EqualTo(before.Consents.Count), "consents are kept");
    }

    [Test]
    public void A_configuration_the_bank_cannot_run_with_stops_it_at_start()
    {
        var options = new MockAspspOptions
        {
            PageSize = 0,
            Clients = [new RegisteredClient { ClientId = "x", TokenEndpointAuthMethod = "client_secret_basic" }],
            Psus = [new PsuLogin("alice", "pw", "nobody")],
        };

        var error = Assert.Throws<InvalidOperationException>(() => MockAspspApp.Create([], options));

        Assert.That(error!.Message, Does.Contain("PageSize must be more than 0")
            .And.Contain("client x: a ClientSecret is required")
            .And.Contain("Customer 'nobody' is not one of"));
    }
}
