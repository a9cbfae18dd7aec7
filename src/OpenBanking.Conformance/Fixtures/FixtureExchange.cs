using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Fixtures;

/// <summary>One recorded request and its response, secrets already replaced.</summary>
/// <param name="Request">The request: operation, method, url, headers, body.</param>
/// <param name="Response">The response: status, headers, body; null when the request got no answer.</param>
/// <param name="ElapsedMilliseconds">How long the exchange took.</param>
public sealed record FixtureExchange(JsonObject Request, JsonObject? Response, long ElapsedMilliseconds);
