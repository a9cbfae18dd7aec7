using System.Text.Json.Nodes;
using LanguageExt;
using OpenBanking.Conformance.Fixtures;

namespace OpenBanking.Conformance.Traffic;

/// <summary>
/// Reads a recording in whichever format it is: a fixture (its <c>format</c> member) or a HAR file (its <c>log</c>).
/// Either way the result has its secrets scrubbed (<see cref="TrafficSecrets"/>), so a report made from it cannot leak them.
/// </summary>
public static class TrafficReader
{
    /// <summary>Reads recording text; <paramref name="source"/> names it in errors and reports.</summary>
    public static Either<TrafficError, RecordedTraffic> Read(string text, string source)
    {
        if (JsonPathReader.Parse(text, source, out var document, "not JSON, so neither a fixture nor a HAR file") is { } notJson)
        {
            return notJson;
        }

        if (document is JsonObject o && o.ContainsKey("format"))
        {
            // Its format member says what it is; a wrong one is reported by the fixture reader with the expected value.
            return FixtureReader.Read(document, source).Map(TrafficSecrets.Scrub);
        }

        return HarReader.IsHar(document)
            ? HarReader.Read(document, source)
            : new TrafficError(source, "$",
                $"is neither a fixture (an object with \"format\": \"{FixtureDocument.Format}\") nor a HAR file (an object with a \"log\" member)");
    }
}
