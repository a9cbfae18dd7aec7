using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using MockAspsp.TestSupport;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>
/// Big recordings made of the committed ones: every fixture's exchanges one after another, numbered again from 1, the
/// whole repeated. Repeated, the recording has what only a long one has: jtis used again, consents created before
/// their authorisation many exchanges back, discovery documents and token requests far apart.
/// </summary>
public static class Concatenated
{
    /// <summary>Every fixture under fixtures/ (recorded, negative, spec-shaped), read and scrubbed as <c>obx check</c> reads them, in file order.</summary>
    public static IReadOnlyList<RecordedTraffic> Committed { get; } =
    [
        .. new[] { "fixtures/recorded", "fixtures/negative", "fixtures/spec-shaped" }
            .SelectMany(folder => Directory.GetFiles(Repository.PathOf(folder), "*.json").Order(StringComparer.Ordinal))
            .Select(file => EitherAssert.Right(TrafficReader.Read(File.ReadAllText(file), Path.GetFileName(file)))),
    ];

    /// <summary>The four recorded flows (fixtures/recorded), read and scrubbed as <c>obx check</c> reads them.</summary>
    public static IReadOnlyList<RecordedTraffic> Flows => [.. Committed.Where(t => RecordedFlows.AuthMethods.Contains(Path.GetFileNameWithoutExtension(t.Source)))];

    /// <summary>
    /// <paramref name="traffic"/> with every client assertion given a jti of its own (its jti, then the exchange's
    /// number), as a long recording of a client that makes a new assertion for every token request has them.
    /// </summary>
    public static RecordedTraffic WithFreshJtis(RecordedTraffic traffic) => traffic with
    {
        Exchanges = [.. traffic.Exchanges.Select(e => e.Request.Body is RecordedBody.Form form && form["client_assertion"] is { } assertion
            ? e with { Request = e.Request with { Body = new RecordedBody.Form([.. form.Fields.Select(f => f.Key == "client_assertion" ? KeyValuePair.Create(f.Key, FreshJti(assertion, e.Number)) : f)]) } }
            : e)],
    };

    private static string FreshJti(string assertion, int number)
    {
        var parts = assertion.Split('.');
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        claims["jti"] = $"{claims["jti"]}-{number}";
        parts[1] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        return string.Join('.', parts);
    }

    /// <summary><paramref name="parts"/>' exchanges, <paramref name="times"/> times over, as one recording with the first part's metadata.</summary>
    public static RecordedTraffic Of(IReadOnlyList<RecordedTraffic> parts, int times, string source)
    {
        var exchanges = Enumerable.Repeat(parts, times).SelectMany(all => all).SelectMany(part => part.Exchanges)
            .Select((exchange, i) => exchange with { Number = i + 1 });
        return new RecordedTraffic(source, parts[0].Metadata, [.. exchanges]);
    }
}
