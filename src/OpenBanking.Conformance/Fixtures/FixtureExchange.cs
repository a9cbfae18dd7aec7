using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Fixtures;

/// <summary>One recorded request and its response, secrets already replaced.</summary>
/// <param name="Request">The request: operation, method, url, headers, body.</param>
/// <param name="Response">The response: status, headers, body; null when the request got no answer.</param>
/// <param name="ElapsedMilliseconds">How long the exchange took.</param>
public sealed record FixtureExchange(JsonObject Request, JsonObject? Response, long ElapsedMilliseconds)
{
    // The nodes compare by reference; the wrappers give the compiler's equality a deep comparison.
    private readonly EquatableJsonNode _request = new(Request);
    private readonly EquatableJsonNode _response = new(Response);

    /// <summary>The request: operation, method, url, headers, body.</summary>
    public JsonObject Request
    {
        get => (JsonObject)_request.Node!;
        init => _request = new(value);
    }

    /// <summary>The response: status, headers, body; null when the request got no answer.</summary>
    public JsonObject? Response
    {
        get => (JsonObject?)_response.Node;
        init => _response = new(value);
    }
}
