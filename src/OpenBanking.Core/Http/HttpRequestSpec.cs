namespace OpenBanking.Core.Http;

/// <summary>
/// A complete, immutable description of one HTTP request: what an interpreter will send.
/// Builders produce it purely, so it can be inspected, snapshot-tested, recorded or replayed
/// before (or instead of) being sent.
/// </summary>
/// <param name="Operation">A short name for logs and errors, e.g. "token request (client_credentials)".</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Uri">The absolute request URI, query included.</param>
/// <param name="Headers">Request headers in the order they are sent (content type comes from <paramref name="Body"/>).</param>
/// <param name="Body">The body.</param>
public sealed record HttpRequestSpec(
    string Operation,
    HttpMethod Method,
    Uri Uri,
    EquatableList<KeyValuePair<string, string>> Headers,
    RequestBody Body)
{
    /// <summary>Header names whose values are credentials and must never be printed.</summary>
    private static readonly HashSet<string> SecretHeaders =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Authorization" };

    /// <summary>The value of the first header named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } header
            ? header.Value
            : null;

    /// <summary>Method, URI and headers, with credentials shown as <c>***</c>; the body is summarised.</summary>
    public override string ToString()
    {
        var headers = Headers.Select(h => $"{h.Key}: {(SecretHeaders.Contains(h.Key) ? Redact(h.Value) : h.Value)}");
        return $"{Method} {Uri} [{string.Join(", ", headers)}] {Body}";
    }

    private static string Redact(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "***" : $"{value[..space]} ***";
    }
}
