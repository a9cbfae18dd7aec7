using NUnit.Framework;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests;

public class TrafficReaderTests
{
    private const string Fixture = """
        {"format": "openbanking-fx-fixture/1", "metadata": {"tool": "hand"},
         "exchanges": [{"request": {"method": "GET", "url": "https://rs.bank.example/open-banking/v3.1/aisp/accounts",
                                    "headers": [["Authorization", "Bearer HAND-EDITED-SECRET"]]}}]}
        """;

    private const string Har = """
        {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "11.0"},
                 "entries": [{"startedDateTime": "2026-11-23T12:00:00Z", "time": 3,
                              "request": {"method": "GET", "url": "https://bank.example/jwks", "headers": []},
                              "response": {"status": 200, "headers": [], "content": {"size": 0}}}]}}
        """;

    [Test]
    public void A_fixture_is_read_as_a_fixture_and_scrubbed()
    {
        var traffic = EitherAssert.Right(TrafficReader.Read(Fixture, "f.json"));

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Meta("tool"), Is.EqualTo("hand"));
            Assert.That(traffic.Meta("source_format"), Is.Null);
            Assert.That(traffic.Exchanges.Single().Request.Header("Authorization"), Is.EqualTo("Bearer <access_token>"), "a hand-edited fixture cannot leak either");
        });
    }

    [Test]
    public void A_har_file_is_read_as_har()
    {
        var traffic = EitherAssert.Right(TrafficReader.Read(Har, "c.har"));

        Assert.Multiple(() =>
        {
            Assert.That(traffic.Meta("source_format"), Is.EqualTo("har"));
            Assert.That(traffic.Meta("creator"), Is.EqualTo("mitmproxy"));
            Assert.That(traffic.Exchanges.Single().Request.Path, Is.EqualTo("/jwks"));
        });
    }

    [TestCase("""{"format": "openbanking-fx-fixture/2", "exchanges": []}""", "$.format", "is 'openbanking-fx-fixture/2', expected 'openbanking-fx-fixture/1'")]
    [TestCase("""{"log": {"entries": {}}}""", "$.log.entries", "must be an array")]
    [TestCase("""{"exchanges": []}""", "$", "is neither a fixture (an object with \"format\": \"openbanking-fx-fixture/1\") nor a HAR file (an object with a \"log\" member)")]
    [TestCase("""[1, 2]""", "$", "is neither a fixture")]
    [TestCase("""<html></html>""", "$", "not JSON, so neither a fixture nor a HAR file")]
    [TestCase("""{"log": {"entries": [], "entries": []}}""", "$.log", "repeats the member 'entries'")]
    [TestCase("""{"format": "openbanking-fx-fixture/1", "exchanges": [{"request": {"method": "GET", "method": "POST"}}]}""", "$.exchanges[0].request", "repeats the member 'method'")]
    [TestCase("""[{"a": {"b": 1, "b": 2}, "a": 3}]""", "$[0].a", "repeats the member 'b'")]
    public void Anything_else_is_a_left_saying_what_was_expected(string text, string path, string problem)
    {
        var error = EitherAssert.Left(TrafficReader.Read(text, "x"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo(path));
            Assert.That(error.Message, Does.Contain(problem));
        });
    }
}
