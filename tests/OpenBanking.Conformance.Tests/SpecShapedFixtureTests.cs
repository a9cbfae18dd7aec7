using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests;

/// <summary>
/// fixtures/spec-shaped: recordings of a bank that answers as the v3.1.11 specifications say, with the requests a
/// careful TPP sends. The whole rule catalogue finds nothing in them; break one response and the response rules do.
/// </summary>
public class SpecShapedFixtureTests
{
    private const string Folder = "fixtures/spec-shaped";

    private static IEnumerable<TestCaseData> Fixtures =>
        Directory.GetFiles(Repository.PathOf(Folder), "*.json").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName(Path.GetFileNameWithoutExtension(f)));

    [TestCaseSource(nameof(Fixtures))]
    public void A_spec_shaped_fixture_reads_and_keeps_every_rule(string file)
    {
        var traffic = Read(file);

        var report = Checker.Check(traffic);

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Exchanges, Is.Not.Empty);
            Assert.That(traffic.Exchanges.Where(e => e.Response is null), Is.Empty, "every request got a response");
            Assert.That(report.Rules, Has.Count.EqualTo(RuleCatalogue.All.Count));
            Assert.That(report.Violations.Select(v => $"#{v.Exchange} {v.Rule.Id} {v.Path}: {v.Detail}"), Is.Empty);
        });
    }

    [Test]
    public void The_fixtures_cover_a_consent_accounts_balances_two_pages_of_transactions_and_errors()
    {
        var exchanges = Fixtures.Select(f => Read((string)f.Arguments[0]!)).SelectMany(t => t.Exchanges).ToList();
        var answered = exchanges.Select(e => (Operation: Endpoint.Of(e.Request).Operation?.ToString(), e.Response!.Status)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(answered, Does.Contain(("POST /account-access-consents", 201)));
            Assert.That(answered, Does.Contain(("GET /account-access-consents/{ConsentId}", 200)));
            Assert.That(answered, Does.Contain(("DELETE /account-access-consents/{ConsentId}", 204)));
            Assert.That(answered, Does.Contain(("GET /accounts", 200)));
            Assert.That(answered, Does.Contain(("GET /accounts/{AccountId}/balances", 200)));
            Assert.That(answered.Count(a => a == ("GET /accounts/{AccountId}/transactions", 200)), Is.EqualTo(2), "two pages of transactions");
            Assert.That(exchanges.Where(e => e.Response!.Status >= 400 && e.Response.Body is RecordedBody.Json json && json.Value?["Errors"] is JsonArray), Is.Not.Empty,
                "an OBErrorResponse1");
            Assert.That(exchanges.Where(e => Endpoint.Of(e.Request).Kind == EndpointKind.Token && e.Response!.Status == 400), Is.Not.Empty, "a token error");
        });
    }

    [Test]
    public void The_second_page_of_transactions_is_the_one_the_first_page_links_to()
    {
        var pages = Read(Repository.PathOf($"{Folder}/ais-consent-accounts-balances-transactions.json")).Exchanges
            .Where(e => Endpoint.Of(e.Request).Operation?.Template == "/accounts/{AccountId}/transactions")
            .ToList();
        var first = ((RecordedBody.Json)pages[0].Response!.Body).Value!;
        var second = ((RecordedBody.Json)pages[1].Response!.Body).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(pages[1].Request.Url.AbsoluteUri, Is.EqualTo(first["Links"]!["Next"]!.GetValue<string>()));
            Assert.That(second["Links"]!["Prev"]!.GetValue<string>(), Is.EqualTo(pages[0].Request.Url.AbsoluteUri));
            Assert.That(second["Links"]!["Next"], Is.Null, "the last page has no Next");
            Assert.That(first["Data"]!["Transaction"]!.AsArray(), Has.Count.GreaterThanOrEqualTo(25), "a page other than the last has at least 25 records");
        });
    }

    [Test]
    public void A_response_broken_in_one_place_fails_the_response_rules_there()
    {
        var file = Repository.PathOf($"{Folder}/ais-consent-accounts-balances-transactions.json");
        var document = JsonNode.Parse(File.ReadAllText(file))!;
        var accounts = document["exchanges"]!.AsArray().First(e => e!["request"]!["url"]!.GetValue<string>().EndsWith("/aisp/accounts", StringComparison.Ordinal))!;
        accounts["response"]!["body"]!["json"]!["Data"]!["Account"]![0]!["Currency"] = "gbp";
        accounts["response"]!["body"]!["json"]!.AsObject().Remove("Meta");

        var report = Checker.Check(EitherAssert.Right(FixtureReader.Read(document, file)));

        Assert.That(report.Violations.Select(v => $"{v.Rule.Id} {v.Path}"), Is.EquivalentTo(new[]
        {
            "ASPSP-SCH-001 $.response.body.Data.Account[0].Currency",
            "ASPSP-LNK-002 $.response.body.Meta",
        }));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void A_spec_shaped_fixture_holds_no_secrets(string file)
    {
        var traffic = Read(file);
        var forms = traffic.Exchanges.Select(e => e.Request.Body).OfType<RecordedBody.Form>().ToList();
        var tokenBodies = traffic.Exchanges.Select(e => e.Response?.Body).OfType<RecordedBody.Json>().Select(j => j.Value).OfType<JsonObject>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Exchanges.SelectMany(e => e.Request.Headers.Where(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)), Is.All.EqualTo("Bearer <access_token>"));
            Assert.That(forms.Select(f => f["code"]).OfType<string>(), Is.All.EqualTo("<code>"));
            Assert.That(forms.Select(f => f["client_assertion"]).OfType<string>(), Is.All.EndsWith("."), "assertions without their signature");
            Assert.That(tokenBodies.Select(b => JsonValues.Text(b["access_token"])).OfType<string>(), Is.All.EqualTo("<access_token>"));
            Assert.That(tokenBodies.Select(b => JsonValues.Text(b["refresh_token"])).OfType<string>(), Is.All.EqualTo("<refresh_token>"));
            Assert.That(tokenBodies.Select(b => JsonValues.Text(b["id_token"])).OfType<string>(), Is.All.EndsWith("."), "id tokens without their signature");
        });
    }

    private static RecordedTraffic Read(string file) => EitherAssert.Right(FixtureReader.Read(File.ReadAllText(file), file));
}
