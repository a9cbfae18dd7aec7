using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests;

public class HarReaderTests
{
    /// <summary>A HAR 1.2 document as DevTools exports it, around <paramref name="entries"/> (JSON objects, comma separated).</summary>
    private static string Har(string entries) =>
        $$$"""{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [{{{entries}}}]}}""";

    private static string Entry(string request, string? response = null, string started = "2026-11-23T12:00:00.250+01:00", string time = "41.6") =>
        $$$"""{"startedDateTime": "{{{started}}}", "time": {{{time}}}, "request": {{{request}}}{{{(response is null ? "" : $", \"response\": {response}")}}}, "cache": {}, "timings": {"send": 1, "wait": 40, "receive": 0.6}}""";

    private static string Request(string method, string url, string headers = "", string? postData = null) =>
        $$"""{"method": "{{method}}", "url": "{{url}}", "httpVersion": "h2", "cookies": [], "headers": [{{headers}}], "queryString": [], "headersSize": -1, "bodySize": 0{{(postData is null ? "" : $", \"postData\": {postData}")}}}""";

    private static string Response(int status, string headers = "", string content = """{"size": 0, "mimeType": "x-unknown"}""") =>
        $$"""{"status": {{status}}, "statusText": "", "httpVersion": "h2", "cookies": [], "headers": [{{headers}}], "content": {{content}}, "redirectURL": "", "headersSize": -1, "bodySize": -1}""";

    private static string H(string name, string value) => $$"""{"name": "{{name}}", "value": "{{value}}"}""";

    private static RecordedTraffic Read(string har) => EitherAssert.Right(HarReader.Read(har, "capture.har"));

    [Test]
    public void A_token_request_reads_as_a_form_with_its_headers_in_order_and_without_http2_pseudo_headers()
    {
        var har = Har(Entry(
            Request("POST", "https://bank.example/token",
                string.Join(", ", H(":method", "POST"), H(":authority", "bank.example"), H(":path", "/token"), H("accept", "application/json"),
                    H("content-type", "application/x-www-form-urlencoded"), H("x-custom", "one"), H("X-Custom", "two")),
                """{"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=client_credentials&scope=accounts%20payments&x=a+b"}"""),
            Response(200, H("content-type", "application/json"), """{"size": 40, "mimeType": "application/json", "text": "{\"token_type\": \"Bearer\", \"expires_in\": 3600}"}""")));

        var traffic = Read(har);

        var exchange = traffic.Exchanges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(traffic.Source, Is.EqualTo("capture.har"));
            Assert.That(exchange.Number, Is.EqualTo(1));
            Assert.That(exchange.Request.Method, Is.EqualTo("POST"));
            Assert.That(exchange.Request.Url, Is.EqualTo(new Uri("https://bank.example/token")));
            Assert.That(exchange.Request.Headers.Select(h => h.Key), Is.EqualTo(new[] { "accept", "content-type", "x-custom", "X-Custom" }));
            Assert.That(exchange.Request.Headers.Where(h => h.Key.Equals("X-CUSTOM", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value), Is.EqualTo(new[] { "one", "two" }));
            Assert.That(exchange.Request.Body, Is.EqualTo(new RecordedBody.Form([
                KeyValuePair.Create("grant_type", "client_credentials"), KeyValuePair.Create("scope", "accounts payments"), KeyValuePair.Create("x", "a b")])));
            Assert.That(Endpoint.Of(exchange.Request).Kind, Is.EqualTo(EndpointKind.Token));
            Assert.That(exchange.Response!.Status, Is.EqualTo(200));
            Assert.That(((RecordedBody.Json)exchange.Response.Body).Value!["expires_in"]!.GetValue<int>(), Is.EqualTo(3600));
            Assert.That(exchange.ElapsedMilliseconds, Is.EqualTo(42), "time, rounded");
        });
    }

    [Test]
    public void The_metadata_says_har_who_made_it_and_when_the_first_entry_started_in_utc()
    {
        var traffic = Read(Har(Entry(Request("GET", "https://bank.example/jwks"), Response(200), started: "2026-11-23T12:00:00.250+01:00")
            + ", " + Entry(Request("GET", "https://bank.example/jwks"), Response(200), started: "2026-11-23T13:00:00Z")));

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Meta("source_format"), Is.EqualTo("har"));
            Assert.That(traffic.Meta("creator"), Is.EqualTo("WebInspector"));
            Assert.That(traffic.Meta("creator_version"), Is.EqualTo("537.36"));
            Assert.That(traffic.Meta("recorded_at"), Is.EqualTo("2026-11-23T11:00:00Z"));
            Assert.That(traffic.Meta("skipped_entries"), Is.Null);
            Assert.That(traffic.Exchanges.Select(e => e.Number), Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public void Each_exchange_starts_when_its_own_entry_started_in_utc_and_a_time_out_of_range_is_unknown()
    {
        var traffic = Read(Har(string.Join(", ",
            Entry(Request("GET", "https://bank.example/jwks"), Response(200), started: "2026-11-23T12:00:00.250+01:00"),
            Entry(Request("GET", "https://bank.example/jwks"), Response(200), started: "2026-11-23T13:05:00Z"),
            Entry(Request("GET", "https://bank.example/jwks"), Response(200), started: "0001-01-01T00:00:00Z"),
            Entry(Request("GET", "https://bank.example/jwks"), Response(200), started: "9999-12-31T23:59:59Z"))));

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Exchanges.Select(e => e.StartedAt), Is.EqualTo(new DateTimeOffset?[]
            {
                new DateTimeOffset(2026, 11, 23, 11, 0, 0, 250, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 13, 5, 0, TimeSpan.Zero), null, null,
            }));
            Assert.That(traffic.Exchanges[0].StartedAt!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void A_json_request_body_is_json_and_a_post_without_content_type_header_takes_it_from_post_data()
    {
        var traffic = Read(Har(Entry(
            Request("POST", "https://rs.bank.example/open-banking/v3.1/aisp/account-access-consents", H("Accept", "application/json"),
                """{"mimeType": "application/json; charset=utf-8", "text": "{\"Data\": {\"Permissions\": [\"ReadAccountsBasic\"]}, \"Risk\": {}}"}"""),
            Response(201))));

        var request = traffic.Exchanges.Single().Request;
        Assert.Multiple(() =>
        {
            Assert.That(((RecordedBody.Json)request.Body).Value!["Data"]!["Permissions"]![0]!.GetValue<string>(), Is.EqualTo("ReadAccountsBasic"));
            Assert.That(request.Header("Content-Type"), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(request.MediaType, Is.EqualTo("application/json"));
        });
    }

    [TestCase("""{"mimeType": "text/plain", "text": "hello"}""", "text")]
    [TestCase("""{"mimeType": "application/json", "text": "{not json"}""", "text")]
    [TestCase("""{"mimeType": "application/json", "text": ""}""", "empty")]
    [TestCase("""{"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "grant_type", "value": "refresh_token"}, {"name": "scope", "value": "openid%20accounts"}]}""", "form")]
    [TestCase("""{"mimeType": "application/x-www-form-urlencoded"}""", "empty")]
    public void Post_data_reads_by_its_media_type(string postData, string kind)
    {
        var body = Read(Har(Entry(Request("POST", "https://bank.example/x", postData: postData), Response(200)))).Exchanges.Single().Request.Body;

        Assert.That(body, kind switch
        {
            "text" => Is.InstanceOf<RecordedBody.Text>(),
            "empty" => Is.InstanceOf<RecordedBody.Empty>(),
            _ => Is.EqualTo(new RecordedBody.Form([KeyValuePair.Create("grant_type", "refresh_token"), KeyValuePair.Create("scope", "openid accounts")])),
        });
    }

    [Test]
    public void Base64_content_is_decoded_and_binary_content_is_described()
    {
        var json = Convert.ToBase64String("""{"Data": {"Account": []}}"""u8.ToArray());
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE]);
        var traffic = Read(Har(
            Entry(Request("GET", "https://rs.bank.example/open-banking/v3.1/aisp/accounts"),
                Response(200, H("Content-Type", "application/json"), $$"""{"size": 24, "mimeType": "application/json", "encoding": "base64", "text": "{{json}}"}"""))
            + ", " + Entry(Request("GET", "https://bank.example/logo.png"),
                Response(200, H("Content-Type", "image/png"), $$"""{"size": 6, "mimeType": "image/png", "encoding": "base64", "text": "{{png}}"}"""))));

        Assert.Multiple(() =>
        {
            Assert.That(((RecordedBody.Json)traffic.Exchanges[0].Response!.Body).Value!["Data"]!["Account"], Is.Not.Null);
            Assert.That(traffic.Exchanges[1].Response!.Body, Is.EqualTo(new RecordedBody.Text("<6 bytes of binary content>")));
        });
    }

    [Test]
    public void A_response_without_text_is_empty_and_one_with_status_0_or_none_at_all_is_no_response()
    {
        var traffic = Read(Har(
            Entry(Request("DELETE", "https://rs.bank.example/open-banking/v3.1/aisp/account-access-consents/c-1"), Response(204))
            + ", " + Entry(Request("GET", "https://rs.bank.example/open-banking/v3.1/aisp/accounts"), Response(0))
            + ", " + Entry(Request("GET", "https://rs.bank.example/open-banking/v3.1/aisp/balances"))));

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Exchanges[0].Response, Is.EqualTo(new RecordedResponse(204, [], RecordedBody.None)));
            Assert.That(traffic.Exchanges[1].Response, Is.Null, "status 0: the browser got no answer");
            Assert.That(traffic.Exchanges[2].Response, Is.Null, "no response member");
        });
    }

    [Test]
    public void Entries_that_are_not_http_are_skipped_counted_and_the_rest_numbered_in_order()
    {
        var traffic = Read(Har(
            Entry(Request("GET", "data:image/png;base64,iVBORw0KGgo="), Response(200))
            + ", " + Entry(Request("GET", "https://bank.example/.well-known/openid-configuration"), Response(200))
            + ", " + Entry(Request("GET", "wss://bank.example/socket"), Response(101))
            + ", " + Entry(Request("GET", "https://bank.example/jwks"), Response(200))));

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Exchanges.Select(e => (e.Number, e.Request.Path)), Is.EqualTo(new[] { (1, "/.well-known/openid-configuration"), (2, "/jwks") }));
            Assert.That(traffic.Meta("skipped_entries"), Is.EqualTo("2"));
        });
    }

    [Test]
    public void Secrets_from_a_browser_capture_are_scrubbed_as_it_is_read()
    {
        var har = Har(
            Entry(Request("POST", "https://bank.example/token",
                    string.Join(", ", H("Authorization", "Basic Y2xpZW50OnMzY3JldA=="), H("Cookie", "session=SESSION-SECRET; theme=dark")),
                    """{"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=authorization_code&code=CODE-SECRET&client_secret=CLIENT-SECRET&client_assertion=eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJjIn0.SIGNATURE-SECRET"}"""),
                Response(200, string.Join(", ", H("Content-Type", "application/json"), H("Set-Cookie", "session=NEW-SECRET; Path=/; HttpOnly")),
                    """{"size": 80, "mimeType": "application/json", "text": "{\"access_token\": \"ACCESS-SECRET\", \"refresh_token\": \"REFRESH-SECRET\", \"token_type\": \"Bearer\"}"}"""))
            + ", " + Entry(Request("GET", "https://tpp.example/callback?code=CALLBACK-SECRET&state=s1", H("Referer", "https://bank.example/login?code=REFERER-SECRET")),
                Response(302, H("Location", "https://tpp.example/done#code=FRAGMENT-SECRET&id_token=eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.IDTOKEN-SECRET")))
            + ", " + Entry(Request("GET", "https://rs.bank.example/open-banking/v3.1/aisp/accounts", H("Authorization", "Bearer BEARER-SECRET")),
                Response(200, H("Content-Type", "text/plain"), """{"size": 30, "mimeType": "text/plain", "text": "{\"access_token\": \"TEXT-SECRET\"}"}""")));

        var traffic = Read(har);

        var everything = string.Join("\n", traffic.Exchanges.SelectMany(e => new[]
        {
            e.Request.Url.ToString(), string.Join(";", e.Request.Headers), e.Request.Body.ToString(), Body(e.Request.Body),
            string.Join(";", e.Response!.Headers), Body(e.Response.Body),
        }));
        var token = traffic.Exchanges[0];
        Assert.Multiple(() =>
        {
            Assert.That(everything, Does.Not.Contain("SECRET").And.Not.Contain("Y2xpZW50OnMzY3JldA"));
            Assert.That(token.Request.Header("Authorization"), Is.EqualTo("Basic <client credentials>"));
            Assert.That(token.Request.Header("Cookie"), Is.EqualTo("session=<cookie>; theme=<cookie>"));
            Assert.That(token.Response!.Header("Set-Cookie"), Is.EqualTo("session=<cookie>; Path=/; HttpOnly"));
            Assert.That(((RecordedBody.Form)token.Request.Body)["code"], Is.EqualTo("<code>"));
            Assert.That(((RecordedBody.Form)token.Request.Body)["client_assertion"], Is.EqualTo("eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJjIn0."), "claims kept, signature gone");
            Assert.That(((RecordedBody.Json)token.Response.Body).Value!["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"), "what is not secret stays");
            Assert.That(traffic.Exchanges[1].Request.Query, Does.Contain(KeyValuePair.Create("state", "s1")));
            Assert.That(traffic.Exchanges[2].Request.Header("Authorization"), Is.EqualTo("Bearer <access_token>"));
        });
    }

    private static string Body(RecordedBody body) => body switch
    {
        RecordedBody.Form form => string.Join("&", form.Fields),
        RecordedBody.Json json => json.Value?.ToJsonString() ?? "null",
        RecordedBody.Text text => text.Value,
        _ => "",
    };

    [TestCase("""not a har""", "$", "not JSON")]
    [TestCase("""[]""", "$", "must be an object")]
    [TestCase("""{"log": []}""", "$.log", "must be an object")]
    [TestCase("""{"log": {"version": "1.2"}}""", "$.log.entries", "is missing")]
    [TestCase("""{"log": {"creator": {"name": 7}, "entries": []}}""", "$.log.creator.name", "must be a string")]
    [TestCase("""{"log": {"entries": [{"startedDateTime": "yesterday", "request": {"method": "GET", "url": "https://x.example"}}]}}""", "$.log.entries[0].startedDateTime", "'yesterday' is not an ISO 8601 date")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example"}}, {"startedDateTime": "later", "request": {"method": "GET", "url": "https://x.example"}}]}}""", "$.log.entries[1].startedDateTime", "'later' is not an ISO 8601 date")]
    [TestCase("""{"log": {"entries": [{"time": 1}, {}]}}""", "$.log.entries[0].request", "is missing")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example"}}, {"request": {"url": "https://x.example"}}]}}""", "$.log.entries[1].request.method", "is missing")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "/token?code=abc"}}]}}""", "$.log.entries[0].request.url", "'/token?code=%3Ccode%3E' is not an absolute URL")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example", "headers": [{"name": "a", "value": "1"}, {"name": "b"}]}}]}}""", "$.log.entries[0].request.headers[1].value", "is missing")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example", "headers": {"a": "1"}}}]}}""", "$.log.entries[0].request.headers", "must be an array")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "POST", "url": "https://x.example", "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"value": "1"}]}}}]}}""", "$.log.entries[0].request.postData.params[0].name", "is missing")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "POST", "url": "https://x.example", "postData": {"text": 5}}}]}}""", "$.log.entries[0].request.postData.text", "must be a string")]
    [TestCase("""{"log": {"entries": [{"time": "fast", "request": {"method": "GET", "url": "https://x.example"}}]}}""", "$.log.entries[0].time", "must be a number")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example"}, "response": {"status": "200"}}]}}""", "$.log.entries[0].response.status", "must be an integer")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example"}, "response": {"status": 42}}]}}""", "$.log.entries[0].response.status", "42 is not an HTTP status")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example"}, "response": {"status": 200, "content": {"text": "%%%", "encoding": "base64"}}}]}}""", "$.log.entries[0].response.content.text", "is not base64")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example"}, "response": {"status": 200, "content": {"text": "x", "encoding": "gzip"}}}]}}""", "$.log.entries[0].response.content.encoding", "is 'gzip'")]
    public void A_broken_har_is_a_left_naming_the_path_and_the_problem(string har, string path, string problem)
    {
        var error = EitherAssert.Left(HarReader.Read(har, "broken.har"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Source, Is.EqualTo("broken.har"));
            Assert.That(error.Path, Is.EqualTo(path));
            Assert.That(error.Message, Does.Contain(problem));
        });
    }
}
