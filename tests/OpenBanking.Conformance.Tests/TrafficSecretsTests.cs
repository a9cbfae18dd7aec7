using NUnit.Framework;
using OpenBanking.Conformance.Reports;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;
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

    [Test]
    public void A_credential_without_a_scheme_and_a_urls_userinfo_are_scrubbed_too()
    {
        var traffic = TrafficSecrets.Scrub(Recording(
            Exchange(
                new RecordedRequest("GET", new Uri("https://user:PW-SECRET@rs.bank.example/open-banking/v3.1/aisp/accounts"),
                    [H("Authorization", "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.JWT-SECRET"), H("Referer", "https://u:REFERER-SECRET@tpp.example/")], RecordedBody.None),
                new RecordedResponse(302, [H("Location", "https://LOCATION-SECRET@tpp.example/cb")], RecordedBody.None))));

        var exchange = traffic.Exchanges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Request.Url.ToString(), Is.EqualTo("https://rs.bank.example/open-banking/v3.1/aisp/accounts"));
            Assert.That(exchange.Request.Header("Authorization"), Is.EqualTo("<credentials>"));
            Assert.That(exchange.Request.Header("Referer"), Is.EqualTo("https://tpp.example/"));
            Assert.That(exchange.Response!.Header("Location"), Is.EqualTo("https://tpp.example/cb"));
        });
    }

    [Test]
    public void No_report_of_a_capture_full_of_secrets_prints_one()
    {
        const string har = """
            {"log": {"entries": [
              {"startedDateTime": "2026-11-23T12:00:00Z",
               "request": {"method": "GET", "url": "https://user:URL-SECRET@rs.bank.example/open-banking/v3.1/aisp/accounts?code=CODE-SECRET",
                           "headers": [{"name": "Authorization", "value": "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.BARE-SECRET"}]},
               "response": {"status": 401, "headers": [{"name": "Location", "value": "https://LOC-SECRET@tpp.example/cb#access_token=AT-SECRET"}],
                            "content": {"mimeType": "application/json", "text": "{\"access_token\": \"DUP-SECRET\", \"access_token\": \"DUP-SECRET\"}"}}},
              {"startedDateTime": "2026-11-23T12:00:01Z",
               "request": {"method": "GET", "url": "https://rs.bank.example/open-banking/v3.1/aisp/balances",
                           "headers": [{"name": "Authorization", "value": "QkFTSUMtU0VDUkVU"}]}},
              {"startedDateTime": "2026-11-23T12:00:02Z",
               "request": {"method": "POST", "url": "https://bank.example/token", "headers": [{"name": "Authorization", "value": "Token TOKEN-SECRET"}],
                           "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=client_credentials&client_secret=CS-SECRET"}}}
            ]}}
            """;

        var report = Checker.Check(EitherAssert.Right(TrafficReader.Read(har, "capture.har")), RuleCatalogue.All);

        Assert.Multiple(() =>
        {
            Assert.That(report.Violations, Is.Not.Empty, "the capture breaks rules, so the reports print its requests and findings");
            foreach (var format in new[] { ReportFormat.Text, ReportFormat.Json, ReportFormat.JUnit })
            {
                Assert.That(ReportWriter.Write(format, [report]), Does.Not.Contain("SECRET").And.Not.Contain("QkFTSUMtU0VDUkVU"), format.ToString());
            }
        });
    }

    [Test]
    public void A_reader_error_quoting_a_url_quotes_it_scrubbed()
    {
        var error = EitherAssert.Left(TrafficReader.Read("""
            {"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "ftp://user:PW-SECRET@bank.example/x?code=CODE-SECRET"}}]}
            """, "f.json"));

        Assert.That(error.ToString(), Is.EqualTo("f.json: $.exchanges[0].request.url: 'ftp://bank.example/x?code=%3Ccode%3E' is not an absolute http(s) URL"));
    }
}
