using System.Text;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Http;

/// <summary>An HTTP response as data: what an interpreter hands to a parser.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Headers">Response and content headers, in the order received.</param>
/// <param name="Body">The raw body (wrapped, not copied).</param>
public sealed record HttpResponseSpec(
    int Status,
    EquatableList<KeyValuePair<string, string>> Headers,
    EquatableBytes Body)
{
    /// <summary>Creates a response with a UTF-8 text body (convenient for tests and fixtures).</summary>
    public static HttpResponseSpec FromText(int status, string body, params KeyValuePair<string, string>[] headers) =>
        new(status, headers, Encoding.UTF8.GetBytes(body));

    /// <summary>The value of the first header named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } header
            ? header.Value
            : null;

    /// <summary>The <c>x-fapi-interaction-id</c> header, if present.</summary>
    public string? InteractionId => Header(FapiHeaders.InteractionId);

    /// <summary>The media type of the body without parameters, lower case (e.g. <c>application/json</c>), or null.</summary>
    public string? MediaType =>
        Header("Content-Type") is { } contentType
            ? contentType.Split(';', 2)[0].Trim().ToLowerInvariant()
            : null;

    /// <summary>True for 2xx statuses.</summary>
    public bool IsSuccess => Status is >= 200 and <= 299;

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Status, content type, interaction id and body length; never the body (it may carry tokens).</summary>
    public override string ToString() =>
        $"HTTP {Status} ({MediaType ?? "no content type"}, {Body.Length} bytes, x-fapi-interaction-id {InteractionId ?? "none"})";
}
