using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests;

public class TrafficSecretsTests
{
    private static RecordedTraffic Secretive() => Recording(
        Exchange(
            new RecordedRequest("POST", new Uri("https://bank.example/token?code=Q-SECRET"),
                [H("Authorization", "Basic B-SECRET"), H("Proxy-Authorization", "Basic P-SECRET"), H("Cookie", "a=C-SECRET")],
                new RecordedBody.Form([KeyValuePair.Create("refresh_token", "R-SECRET"), KeyValuePair.Create("grant_type", "refresh_token")])),
            new RecordedResponse(302, [H("Location", "https://tpp.example/cb#code=L-SECRET&state=s"), H("Set-Cookie", "b=S-SECRET")],
                new RecordedBody.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"nested": [{"password": "PW-SECRET"}]}""")))));

    [Test]
    public void Every_secret_is_replaced_and_what_is_not_secret_is_kept()
    {
        var exchange = TrafficSecrets.Scrub(Secretive()).Exchanges.Single();

        Assert.Multiple(() =>
        {
            Assert.That(exchange.Request.Url.Query, Is.EqualTo("?code=%3Ccode%3E"));
            Assert.That(exchange.Request.Headers.Select(h => h.Value), Is.EqualTo(new[] { "Basic <client credentials>", "Basic <client credentials>", "a=<cookie>" }));
            Assert.That(((RecordedBody.Form)exchange.Request.Body).Fields, Is.EqualTo(new[] { KeyValuePair.Create("refresh_token", "<refresh_token>"), KeyValuePair.Create("grant_type", "refresh_token") }));
            Assert.That(exchange.Response!.Header("Location"), Is.EqualTo("https://tpp.example/cb#code=%3Ccode%3E&state=s"));
            Assert.That(exchange.Response.Header("Set-Cookie"), Is.EqualTo("b=<cookie>"));
            Assert.That(((RecordedBody.Json)exchange.Response.Body).Value!["nested"]![0]!["password"]!.GetValue<string>(), Is.EqualTo("<password>"));
        });
    }

    [Test]
    public void Scrubbing_twice_is_scrubbing_once()
    {
        var once = TrafficSecrets.Scrub(Secretive());

        Assert.That(TrafficSecrets.Scrub(once).Exchanges, Is.EqualTo(once.Exchanges));
    }

    [Test]
    public void A_report_names_the_request_by_its_scrubbed_url()
    {
        var report = Checker.Check(Secretive(), []);

        Assert.That(report.Request(1), Is.EqualTo(new RequestLine(1, "POST", "https://bank.example/token?code=%3Ccode%3E")));
    }
}
