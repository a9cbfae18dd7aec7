using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Traffic;

/// <summary>Header and parameter lookups shared by recorded requests and responses.</summary>
internal static class RecordedHeaders
{
    public static string? First(IReadOnlyList<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } header ? header.Value : null;

    public static string? MediaType(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        First(headers, "Content-Type") is { } contentType ? contentType.Split(';', 2)[0].Trim().ToLowerInvariant() : null;

    /// <summary>Parameters of a query string or fragment (with or without its leading <c>?</c> or <c>#</c>), decoded.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parameters(string query) => FormUrlEncoding.Decode(query.TrimStart('?', '#'));
}
