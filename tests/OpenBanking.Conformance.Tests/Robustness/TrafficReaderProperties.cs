using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using LanguageExt;
using NUnit.Framework;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Tests.Robustness;

namespace OpenBanking.Conformance.Tests.Robustness;

/// <summary>
/// The readers of recordings on mutated text: a fixture (from the library's own recording), a HAR file, and the reader
/// that tells them apart. Each answers a recording or a <see cref="TrafficError"/>, never an exception, and never reads
/// a recording without a member it requires.
/// </summary>
[Category("Property")]
public class TrafficReaderProperties
{
    // The first two exchanges of a recorded flow: every kind of body the format has, and small enough to mutate often.
    private static readonly Lazy<string> Fixture = new(() =>
    {
        var document = JsonNode.Parse(File.ReadAllText(Repository.PathOf("fixtures/recorded/private_key_jwt.json")))!.AsObject();
        var exchanges = document["exchanges"]!.AsArray();
        document["exchanges"] = new JsonArray(exchanges[0]!.DeepClone(), exchanges[1]!.DeepClone());
        return document.ToJsonString();
    });

    private const string Har = """
        {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [
          {"startedDateTime": "2026-11-23T12:00:00.250+01:00", "time": 41.6,
           "request": {"method": "POST", "url": "https://aspsp.example.com/token", "httpVersion": "h2", "cookies": [],
                       "headers": [{"name": ":authority", "value": "aspsp.example.com"}, {"name": "Authorization", "value": "Basic YTpi"}],
                       "queryString": [], "headersSize": -1, "bodySize": 40,
                       "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=client_credentials&scope=accounts"}},
           "response": {"status": 200, "statusText": "", "httpVersion": "h2", "cookies": [], "headers": [{"name": "content-type", "value": "application/json"}],
                        "content": {"size": 50, "mimeType": "application/json", "text": "{\"access_token\": \"at\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"},
                        "redirectURL": "", "headersSize": -1, "bodySize": -1}},
          {"startedDateTime": "2026-11-23T12:00:01Z", "time": 12,
           "request": {"method": "GET", "url": "https://aspsp.example.com/open-banking/v3.1/aisp/accounts", "httpVersion": "h2", "cookies": [],
                       "headers": [{"name": "x-fapi-interaction-id", "value": "93bac548-d2de-4546-b106-880a5018460d"}], "queryString": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "", "httpVersion": "h2", "cookies": [], "headers": [],
                        "content": {"size": 20, "mimeType": "application/json", "encoding": "base64", "text": "eyJEYXRhIjogeyJBY2NvdW50IjogW119fQ=="},
                        "redirectURL": "", "headersSize": -1, "bodySize": -1}}]}}
        """;

    private static readonly string[] FixtureRequired =
        ["$.format", "$.exchanges", "$.exchanges[0].request", "$.exchanges[0].request.method", "$.exchanges[0].request.url", "$.exchanges[0].response.status"];

    private static readonly string[] HarRequired =
        ["$.log", "$.log.entries", "$.log.entries[0].request", "$.log.entries[0].request.method", "$.log.entries[0].request.url"];

    public static IEnumerable<TestCaseData> Readers()
    {
        yield return Reader("fixture reader", () => Fixture.Value, FixtureReader.Read, FixtureRequired);
        yield return Reader("HAR reader", () => Har, HarReader.Read, HarRequired);
        yield return Reader("traffic reader on a fixture", () => Fixture.Value, TrafficReader.Read, FixtureRequired);
        yield return Reader("traffic reader on a HAR file", () => Har, TrafficReader.Read, HarRequired);
    }

    private static TestCaseData Reader(string name, Func<string> seed, Func<string, string, Either<TrafficError, RecordedTraffic>> read, string[] required) =>
        new TestCaseData(name, seed, read, required).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Readers))]
    public void Every_reader_of_recordings_never_throws_on_mutated_text_and_refuses_one_without_a_member_it_requires(
        string name, Func<string> seed, Func<string, string, Either<TrafficError, RecordedTraffic>> read, string[] required)
    {
        Assert.That(read(seed(), "seed").IsRight, Is.True, "the seed itself reads");

        PropertyRun.Check(name, Gen.Select(MutatedBody.From(seed()), Gen.Int[-400, 4000]),
            input => Assert.That(read(JsonMutation.Text(input.Item1.Body, input.Item2), "mutated").IsBottom, Is.False),
            input => input.Item1.ToString());
        PropertyRun.Check($"{name} without a required member", MutatedBody.TextWithout(seed(), required),
            input => Assert.That(read(Encoding.UTF8.GetString(input.Body.Body), "mutated").IsLeft, Is.True, () => $"read without {input.Removed}"),
            input => $"without {input.Removed}: {input.Body}");
    }
}
