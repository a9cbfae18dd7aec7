using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Reports;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Conformance.Tests.Support;

namespace OpenBanking.Conformance.Tests;

/// <summary>
/// Fuzz-style: odd recordings — every node of real fixtures and of a HAR file replaced by an odd value, odd JWT claims,
/// members repeated — go through <see cref="TrafficReader"/>, <see cref="Checker"/> with the whole catalogue and every
/// report format. Each is either read (and then checked and reported) or refused with a one-line error; nothing throws.
/// </summary>
public class OddInputTests
{
    /// <summary>Wrong types, nulls, empty strings, huge and negative numbers, dates at the ends of time, URLs that are not http.</summary>
    private static readonly string[] OddValues =
    [
        "null", "\"\"", "1e400", "-1e400", "-1", "1.5", "18446744073709551616", "true", "{}", "[]", "[null]", "{\"\": null}",
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.9999999+14:00\"", "\"Mon, 01 Jan 0001 00:00:00 GMT\"", "\"Fri, 31 Dec 9999 23:59:59 UTC\"",
        "\"ftp://user:pw@x.example/?code=c\"", "\"javascript:alert(1)\"", "\"https://\"", "\"\\u0000\\n\\t\"", "\"eyJ.eyJ.\"",
    ];

    private static readonly ReportFormat[] Formats = [ReportFormat.Text, ReportFormat.Json, ReportFormat.JUnit];

    private static IEnumerable<string> Fixtures() =>
    [
        "recorded/private_key_jwt.json", "recorded/client_secret_basic.json", "spec-shaped/ais-consent-accounts-balances-transactions.json",
        "spec-shaped/ais-errors.json", .. Directory.GetFiles(Path.Combine(RecordedFixtures.Folder, "..", "negative")).Select(f => "negative/" + Path.GetFileName(f)),
    ];

    [TestCaseSource(nameof(Fixtures))]
    public void Every_node_of_a_fixture_replaced_by_an_odd_value_is_read_or_refused_and_never_throws(string fixture)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RecordedFixtures.Folder, "..", fixture)))!.AsObject();
        var outcome = new Outcome();
        foreach (var exchange in document["exchanges"]!.AsArray())
        {
            // One exchange at a time, long arrays cut to two items: every kind of node, without thousands of copies of one.
            var single = new JsonObject { ["format"] = document["format"]!.DeepClone(), ["metadata"] = document["metadata"]!.DeepClone(), ["exchanges"] = new JsonArray(Trimmed(exchange)) };
            outcome.Mutate(single, fixture);
        }

        outcome.AssertNothingThrew(minimumRead: 1, minimumRefused: 1);
    }

    [Test]
    public void Every_node_of_a_har_file_replaced_by_an_odd_value_is_read_or_refused_and_never_throws()
    {
        var outcome = new Outcome();

        outcome.Mutate(JsonNode.Parse(Har)!.AsObject(), "capture.har");

        outcome.AssertNothingThrew(minimumRead: 1, minimumRefused: 1);
    }

    [Test]
    public void Odd_claims_in_client_assertions_and_request_objects_are_checked_without_throwing()
    {
        string[] claims = ["iss", "sub", "aud", "jti", "iat", "nbf", "exp", "nonce", "state", "scope", "claims", "redirect_uri", "response_type", "client_id"];
        var outcome = new Outcome();
        foreach (var claim in claims)
        {
            foreach (var odd in OddValues)
            {
                var payload = new JsonObject { ["iss"] = "tpp", ["aud"] = "https://bank.example", ["iat"] = 1795953600, ["exp"] = 1795953900, ["jti"] = "j-1" };
                payload[claim] = JsonNode.Parse(odd);
                var jwt = Jwt(payload);
                var form = $"grant_type=client_credentials&scope=accounts&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion={jwt}";
                outcome.Survives(Fixture($$$"""{"method": "POST", "url": "https://bank.example/token", "body": {"form": {{{Pairs(form)}}}}}"""), $"client_assertion {claim}={odd}");
                outcome.Survives(Fixture($$"""{"method": "GET", "url": "https://bank.example/authorize?client_id=tpp&response_type=code%20id_token&scope=openid%20accounts&request={{jwt}}"}"""), $"request object {claim}={odd}");
            }
        }

        outcome.AssertNothingThrew(minimumRead: claims.Length * OddValues.Length * 2, minimumRefused: 0);
    }

    [TestCase("""{"log": {"entries": [], "entries": []}}""", false, TestName = "a HAR repeating log.entries")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "format": "openbanking-fx-fixture/1", "exchanges": []}""", false, TestName = "a fixture repeating format")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "POST", "url": "https://rs.bank.example/open-banking/v3.1/aisp/account-access-consents", "body": {"json": {"Risk": {}, "Risk": {}}}}}]}""", false, TestName = "a fixture whose JSON body repeats a member")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "POST", "url": "https://rs.bank.example/open-banking/v3.1/aisp/account-access-consents", "postData": {"mimeType": "application/json", "text": "{\"Data\": {\"Permissions\": []}, \"Risk\": {}, \"Risk\": {}}"}}, "response": {"status": 201, "content": {"mimeType": "application/json", "text": "{\"Data\": {}, \"Data\": {}}"}}}]}}""", true, TestName = "a HAR whose bodies repeat a member")]
    [TestCase("""{"log": {"entries": [{"request": {"method": "GET", "url": "https://rs.bank.example/open-banking/v3.1/aisp/accounts"}, "response": {"status": 200, "content": {"mimeType": "text/plain", "text": "{\"access_token\": \"A-SECRET\", \"access_token\": \"B-SECRET\"}"}}}]}}""", true, TestName = "a HAR whose text body is JSON repeating a member")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "url": "https://bank.example/x"}, "response": {"status": 200, "body": {"text": "{\"a\": 1, \"a\": 2}"}}}]}""", true, TestName = "a fixture whose text body is JSON repeating a member")]
    public void A_repeated_member_is_a_one_line_error_for_a_document_and_text_for_a_body(string text, bool read)
    {
        var outcome = new Outcome();

        outcome.Survives(text, "repeated member");

        Assert.Multiple(() =>
        {
            outcome.AssertNothingThrew(minimumRead: read ? 1 : 0, minimumRefused: read ? 0 : 1);
            Assert.That(outcome.Reports, Does.Not.Contain("SECRET"));
        });
    }

    [Test]
    public void A_har_body_repeating_a_member_reads_as_its_text()
    {
        var traffic = TrafficReader.Read("""
            {"log": {"entries": [{"request": {"method": "GET", "url": "https://bank.example/x"},
                                  "response": {"status": 200, "content": {"mimeType": "application/json", "text": "{\"Risk\":{},\"Risk\":{}}"}}}]}}
            """, "c.har").Match(t => t, e => throw new AssertionException(e.ToString()));

        Assert.That(traffic.Exchanges.Single().Response!.Body, Is.EqualTo(new RecordedBody.Text("""{"Risk":{},"Risk":{}}""")));
    }

    private const string Har = """
        {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [
          {"startedDateTime": "2026-11-23T12:00:00.000Z", "time": 40.2,
           "request": {"method": "POST", "url": "https://bank.example/token", "headers": [{"name": "Authorization", "value": "Basic dHBwOnNlY3JldA=="}],
                       "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "grant_type", "value": "client_credentials"}, {"name": "scope", "value": "accounts"}]}},
           "response": {"status": 200, "headers": [{"name": "Date", "value": "Mon, 23 Nov 2026 12:00:00 GMT"}],
                        "content": {"size": 50, "mimeType": "application/json", "text": "{\"access_token\": \"at\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"}}},
          {"startedDateTime": "2026-11-23T12:00:01.000Z", "time": 12,
           "request": {"method": "POST", "url": "https://rs.bank.example/open-banking/v3.1/aisp/account-access-consents",
                       "headers": [{"name": "Authorization", "value": "Bearer at"}, {"name": "x-fapi-interaction-id", "value": "93bac548-d2de-4546-b106-880a5018460d"},
                                   {"name": "x-fapi-auth-date", "value": "Mon, 23 Nov 2026 11:58:00 GMT"}],
                       "postData": {"mimeType": "application/json", "text": "{\"Data\": {\"Permissions\": [\"ReadAccountsBasic\"], \"ExpirationDateTime\": \"2026-12-23T00:00:00+00:00\"}, \"Risk\": {}}"}},
           "response": {"status": 201, "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "x-fapi-interaction-id", "value": "93bac548-d2de-4546-b106-880a5018460d"}],
                        "content": {"mimeType": "application/json", "encoding": "base64", "text": "eyJEYXRhIjp7IkNvbnNlbnRJZCI6ImMtMSIsIlN0YXR1cyI6IkF3YWl0aW5nQXV0aG9yaXNhdGlvbiJ9fQ=="}}},
          {"startedDateTime": "2026-11-23T12:00:02.000Z", "time": 9,
           "request": {"method": "GET", "url": "https://rs.bank.example/open-banking/v3.1/aisp/accounts?page=2",
                       "headers": [{"name": ":authority", "value": "rs.bank.example"}, {"name": "authorization", "value": "Bearer x"}]},
           "response": {"status": 0, "headers": [], "content": {"size": 0, "mimeType": "x-unknown"}}}
        ]}}
        """;

    /// <summary>A copy with every array of more than two items cut to its first two.</summary>
    private static JsonNode? Trimmed(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(m => KeyValuePair.Create(m.Key, Trimmed(m.Value)))),
        JsonArray a => new JsonArray([.. a.Take(2).Select(Trimmed)]),
        _ => node?.DeepClone(),
    };

    private static string Jwt(JsonObject payload) =>
        $"{Base64Url.EncodeToString("""{"alg":"PS256","kid":"k1"}"""u8)}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.c2ln";

    private static string Pairs(string form) =>
        new JsonArray([.. Core.Http.FormUrlEncoding.Decode(form).Select(p => (JsonNode)new JsonArray(p.Key, p.Value))]).ToJsonString();

    private static string Fixture(string request) =>
        $$"""{"format": "openbanking-fx-fixture/1", "metadata": {"issuer": "https://bank.example"}, "exchanges": [{"request": {{request}}}]}""";

    /// <summary>What the odd inputs came to: how many were read, how many refused, and what threw.</summary>
    private sealed class Outcome
    {
        private readonly List<string> _thrown = [];
        private readonly StringBuilder _reports = new();
        private int _read;
        private int _refused;

        public string Reports => _reports.ToString();

        /// <summary>Every node of <paramref name="document"/> (containers included) replaced by each odd value in turn.</summary>
        public void Mutate(JsonObject document, string name)
        {
            foreach (var path in Paths(document, []))
            {
                foreach (var odd in OddValues)
                {
                    var copy = document.DeepClone();
                    Replace(copy, path, JsonNode.Parse(odd));
                    Survives(copy.ToJsonString(), $"{name} {string.Join('/', path)} = {odd}");
                }
            }
        }

        public void Survives(string text, string what)
        {
            try
            {
                TrafficReader.Read(text, "odd.json").Match(
                    traffic =>
                    {
                        _read++;
                        var report = Checker.Check(traffic, RuleCatalogue.All);
                        foreach (var format in Formats)
                        {
                            _reports.Append(ReportWriter.Write(format, [report]));
                        }
                    },
                    error =>
                    {
                        _refused++;
                        Assert.That(error.ToString(), Does.Not.Contain('\n'), $"{what}: the error is one line");
                    });
            }
            catch (Exception e) when (e is not AssertionException)
            {
                _thrown.Add($"{what}: {e.GetType().Name}: {e.Message}");
            }
        }

        public void AssertNothingThrew(int minimumRead, int minimumRefused)
        {
            Assert.That(_thrown, Is.Empty, () => $"{_thrown.Count} odd inputs threw, e.g.\n{string.Join("\n", _thrown.Take(20))}");
            Assert.That(_read, Is.GreaterThanOrEqualTo(minimumRead), "odd inputs that were read, checked and reported");
            Assert.That(_refused, Is.GreaterThanOrEqualTo(minimumRefused), "odd inputs refused with an error");
        }

        private static IEnumerable<List<object>> Paths(JsonNode node, List<object> path)
        {
            if (path.Count > 0)
            {
                yield return path;
            }

            var children = node switch
            {
                JsonObject o => o.Select(m => ((object)m.Key, m.Value)).ToList(),
                JsonArray a => a.Select((item, i) => ((object)i, item)).ToList(),
                _ => [],
            };
            foreach (var (key, child) in children)
            {
                foreach (var inner in child is null ? [[.. path, key]] : Paths(child, [.. path, key]))
                {
                    yield return inner;
                }
            }
        }

        private static void Replace(JsonNode root, List<object> path, JsonNode? value)
        {
            var parent = path.SkipLast(1).Aggregate(root, (node, key) => key is int i ? node[i]! : node[(string)key]!);
            if (path[^1] is int index)
            {
                parent.AsArray()[index] = value;
            }
            else
            {
                parent.AsObject()[(string)path[^1]] = value;
            }
        }
    }
}
