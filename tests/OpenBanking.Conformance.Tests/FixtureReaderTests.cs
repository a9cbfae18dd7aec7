using System.Text;
using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests;

public class FixtureReaderTests
{
    [Test]
    public void A_fixture_written_by_the_recorder_reads_back_with_its_request_content_type_and_scrubbed_secrets()
    {
        var request = new HttpRequestSpec("token request (client_credentials)", HttpMethod.Post, new Uri("https://bank.example/token"),
            [KeyValuePair.Create("Accept", "application/json")],
            new RequestBody.Form([KeyValuePair.Create("grant_type", "client_credentials"), KeyValuePair.Create("client_secret", "s3cret")]));
        var response = new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "application/json")], Encoding.UTF8.GetBytes("""{"access_token": "at-1", "token_type": "Bearer"}"""));
        var text = FixtureDocument.Write(new Dictionary<string, string> { ["auth_method"] = "client_secret_post" }, [FixtureDocument.Exchange(request, response, TimeSpan.FromMilliseconds(12))]);

        var traffic = EitherAssert.Right(FixtureReader.Read(text, "token.json"));

        var exchange = traffic.Exchanges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(traffic.Meta("auth_method"), Is.EqualTo("client_secret_post"));
            Assert.That(exchange.Number, Is.EqualTo(1));
            Assert.That(exchange.Request.Method, Is.EqualTo("POST"));
            Assert.That(exchange.Request.MediaType, Is.EqualTo("application/x-www-form-urlencoded"));
            Assert.That(((RecordedBody.Form)exchange.Request.Body)["client_secret"], Is.EqualTo("<client_secret>"));
            Assert.That(exchange.Response!.Status, Is.EqualTo(200));
            Assert.That(((RecordedBody.Json)exchange.Response.Body).Value!["access_token"]!.GetValue<string>(), Is.EqualTo("<access_token>"));
            Assert.That(exchange.ElapsedMilliseconds, Is.EqualTo(12));
            Assert.That(Endpoint.Of(exchange.Request).Kind, Is.EqualTo(EndpointKind.Token));
        });
    }

    [Test]
    public void An_exchange_may_say_when_it_started()
    {
        var traffic = EitherAssert.Right(FixtureReader.Read("""
            {"format": "openbanking-fx-fixture/1",
             "exchanges": [{"request": {"method": "GET", "url": "https://x.example/a"}, "started_at": "2026-11-23T13:00:00.5+01:00"},
                           {"request": {"method": "GET", "url": "https://x.example/b"}}]}
            """, "f.json"));

        Assert.That(traffic.Exchanges.Select(e => e.StartedAt), Is.EqualTo(new DateTimeOffset?[] { new DateTimeOffset(2026, 11, 23, 12, 0, 0, 500, TimeSpan.Zero), null }));
    }

    [TestCase("""[]""", "$", "must be an object")]
    [TestCase("""{"format": "har"}""", "$.format", "expected 'openbanking-fx-fixture/1'")]
    [TestCase("""{"format": "openbanking-fx-fixture/1"}""", "$.exchanges", "is missing")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "/relative"}}]}""", "$.exchanges[0].request.url", "not an absolute http(s) URL")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://x.example", "headers": [["a"]]}}]}""", "$.exchanges[0].request.headers[0]", "[name, value] pair")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://x.example", "body": {"xml": "<a/>"}}}]}""", "$.exchanges[0].request.body.xml", "not a body kind")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://x.example"}, "response": {"status": "200"}}]}""", "$.exchanges[0].response.status", "must be an integer")]
    [TestCase("""{"format": """, "$", "not JSON")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://x.example"}, "started_at": "2026-11-23T12:00:00"}]}""", "$.exchanges[0].started_at", "'2026-11-23T12:00:00' is not an ISO 8601 date-time with a time zone")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://x.example"}, "started_at": "0001-01-01T00:00:00Z"}]}""", "$.exchanges[0].started_at", "between 1970 and 9000")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://x.example"}, "started_at": 1795953600}]}""", "$.exchanges[0].started_at", "must be a string")]
    public void A_broken_fixture_is_a_left_naming_the_path_and_the_problem(string json, string path, string problem)
    {
        var error = EitherAssert.Left(FixtureReader.Read(json, "broken.json"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Source, Is.EqualTo("broken.json"));
            Assert.That(error.Path, Is.EqualTo(path));
            Assert.That(error.Message, Does.Contain(problem));
        });
    }

    [TestCase("GET", "https://rs.example/open-banking/v3.1/aisp/accounts/22289/balances", "GET /accounts/{AccountId}/balances")]
    [TestCase("GET", "https://rs.example/open-banking/v3.1/aisp/accounts/", "GET /accounts")]
    [TestCase("DELETE", "https://rs.example/open-banking/v3.1/aisp/account-access-consents/aac-1", "DELETE /account-access-consents/{ConsentId}")]
    [TestCase("POST", "https://rs.example/open-banking/v3.1/pisp/domestic-vrp-consents/c-1/funds-confirmation", "POST /domestic-vrp-consents/{ConsentId}/funds-confirmation")]
    [TestCase("GET", "https://rs.example/open-banking/v3.1/aisp/accounts/1/statements/2/transactions", "GET /accounts/{AccountId}/statements/{StatementId}/transactions")]
    public void Read_write_api_requests_are_matched_to_the_specs_operation(string method, string url, string operation)
    {
        var endpoint = Endpoint.Of(new RecordedRequest(method, new Uri(url), [], RecordedBody.None));

        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Kind, Is.EqualTo(EndpointKind.Api));
            Assert.That(endpoint.Operation!.ToString(), Is.EqualTo(operation));
        });
    }

    [TestCase("PUT", "https://rs.example/open-banking/v3.1/aisp/accounts", EndpointKind.Unknown)]
    [TestCase("GET", "https://rs.example/open-banking/v4.0/aisp/accounts", EndpointKind.Unknown)]
    [TestCase("GET", "https://rs.example/open-banking/v3.0/aisp/accounts", EndpointKind.Unknown)]
    [TestCase("GET", "https://rs.example/open-banking/v3.1.11/aisp/accounts", EndpointKind.Api)]
    [TestCase("POST", "https://tpp.example/api/token", EndpointKind.Unknown)]
    [TestCase("GET", "https://bank.example/.well-known/openid-configuration", EndpointKind.Discovery)]
    [TestCase("GET", "https://bank.example/jwks", EndpointKind.Jwks)]
    [TestCase("GET", "https://bank.example/authorize?client_id=c&response_type=code%20id_token&request=e30.e30.", EndpointKind.Authorization)]
    public void Other_requests_are_classified_by_what_they_carry(string method, string url, EndpointKind kind) =>
        Assert.That(Endpoint.Of(new RecordedRequest(method, new Uri(url), [], RecordedBody.None), Support.Build.Recording()).Kind, Is.EqualTo(kind));

    [TestCase("https://bank.example/token", EndpointKind.Token)]
    [TestCase("https://bank.example/token/", EndpointKind.Token)]
    [TestCase("https://tpp.example/api/token", EndpointKind.Unknown)]
    [TestCase("https://bank.example/api/push/token", EndpointKind.Unknown)]
    public void A_post_without_a_grant_type_is_a_token_request_only_at_the_token_endpoint_the_bank_publishes(string url, EndpointKind kind)
    {
        var discovery = new Exchange(1, new RecordedRequest("GET", new Uri("https://bank.example/.well-known/openid-configuration"), [], RecordedBody.None),
            new RecordedResponse(200, [], new RecordedBody.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"issuer": "https://bank.example", "token_endpoint": "https://bank.example/token"}"""))));
        var traffic = new RecordedTraffic("test", new Dictionary<string, string>(), [discovery]);

        var endpoint = Endpoint.Of(new RecordedRequest("POST", new Uri(url), [], new RecordedBody.Json(System.Text.Json.Nodes.JsonNode.Parse("{}"))), traffic);

        Assert.That(endpoint.Kind, Is.EqualTo(kind));
    }
}
