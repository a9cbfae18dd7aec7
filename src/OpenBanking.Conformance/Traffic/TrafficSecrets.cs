using OpenBanking.Conformance.Fixtures;

namespace OpenBanking.Conformance.Traffic;

/// <summary>
/// Recorded traffic with its secrets replaced by Core's <see cref="Secrets"/> placeholders, so that nothing read from a
/// capture (a browser's HAR holds real tokens) can reach a report: Authorization values, cookies, codes and tokens in
/// URLs (the request's, and Location and Referer headers), form fields and JSON members, and JWT signatures.
/// Scrubbing scrubbed traffic changes nothing.
/// </summary>
public static class TrafficSecrets
{
    private const string Cookie = "<cookie>";

    private static readonly string[] UrlHeaders = ["Location", "Content-Location", "Referer"];

    /// <summary>The recording with every secret replaced.</summary>
    public static RecordedTraffic Scrub(RecordedTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return traffic with { Exchanges = [.. traffic.Exchanges.Select(Scrub)] };
    }

    private static Exchange Scrub(Exchange exchange) => exchange with
    {
        Request = exchange.Request with
        {
            Url = new Uri(Secrets.Url(exchange.Request.Url.AbsoluteUri)),
            Headers = Headers(exchange.Request.Headers),
            Body = Body(exchange.Request.Body),
        },
        Response = exchange.Response is { } response ? response with { Headers = Headers(response.Headers), Body = Body(response.Body) } : null,
    };

    private static List<KeyValuePair<string, string>> Headers(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        [.. headers.Select(h => KeyValuePair.Create(h.Key, Header(h.Key, h.Value)))];

    /// <summary>A header value without its credential.</summary>
    public static string Header(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        return name.ToLowerInvariant() switch
        {
            "authorization" or "proxy-authorization" => Secrets.Header("Authorization", value),
            // Cookie: every value; Set-Cookie: the value, not its attributes (Path, HttpOnly, ...).
            "cookie" => string.Join("; ", value.Split(';').Select(pair => CookieName(pair) + "=" + Cookie)),
            "set-cookie" => value.Split(';', 2) is [var pair, .. var attributes] ? string.Join(";", [CookieName(pair) + "=" + Cookie, .. attributes]) : value,
            _ when UrlHeaders.Contains(name, StringComparer.OrdinalIgnoreCase) => Secrets.Url(value),
            _ => value,
        };
    }

    private static string CookieName(string pair) => pair.Split('=', 2)[0].Trim();

    private static RecordedBody Body(RecordedBody body) => body switch
    {
        RecordedBody.Form form => new RecordedBody.Form([.. form.Fields.Select(f => KeyValuePair.Create(f.Key, Secrets.Field(f.Key, f.Value)))]),
        // A body without a secret is kept as it is, not copied: copying every node of every body was most of a check's reading.
        RecordedBody.Json json => Secrets.HasSecrets(json.Value) ? new RecordedBody.Json(Secrets.Json(json.Value)) : json,
        // JSON sent with another media type, or that repeats a member, is still JSON to whoever reads it.
        RecordedBody.Text text when IsJsonLike(text.Value) && Secrets.JsonText(text.Value) is { } scrubbed => new RecordedBody.Text(scrubbed),
        // Anything else (cut-off JSON, HTML, a log line) is scrubbed as text, as far as text allows.
        RecordedBody.Text text => new RecordedBody.Text(Secrets.Text(text.Value)),
        _ => body,
    };

    private static bool IsJsonLike(string text) => text.TrimStart() is var trimmed && (trimmed.StartsWith('{') || trimmed.StartsWith('['));
}
