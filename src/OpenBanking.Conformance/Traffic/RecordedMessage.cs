using OpenBanking.Core;

namespace OpenBanking.Conformance.Traffic;

/// <summary>A recorded request: what a TPP sent.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Url">The absolute URL, query included.</param>
/// <param name="Headers">Headers in the order sent (names may repeat), Content-Type included when there is a body.</param>
/// <param name="Body">The body.</param>
/// <param name="Operation">
/// What the sender called the operation (our library's name for it), when recorded. Not part of equality: two
/// requests that send the same thing are the same request whatever they were called.
/// </param>
public sealed record RecordedRequest(
    string Method,
    Uri Url,
    EquatableList<KeyValuePair<string, string>> Headers,
    RecordedBody Body,
    string? Operation = null)
{
    private readonly NotCompared<string?> _operation = new(Operation);

    /// <summary>What the sender called the operation, when recorded; not part of equality.</summary>
    public string? Operation
    {
        get => _operation.Value;
        init => _operation = new(value);
    }

    /// <summary>The value of the first header named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) => RecordedHeaders.First(Headers, name);

    /// <summary>The media type of the body without parameters, lower case, or null.</summary>
    public string? MediaType => RecordedHeaders.MediaType(Headers);

    /// <summary>The URL's path without a trailing slash.</summary>
    public string Path => Url.AbsolutePath.Length > 1 ? Url.AbsolutePath.TrimEnd('/') : Url.AbsolutePath;

    /// <summary>The query parameters, decoded, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => RecordedHeaders.Parameters(Url.Query);
}

/// <summary>A recorded response: what the bank answered.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Headers">Headers in the order received.</param>
/// <param name="Body">The body.</param>
public sealed record RecordedResponse(int Status, EquatableList<KeyValuePair<string, string>> Headers, RecordedBody Body)
{
    /// <summary>The value of the first header named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) => RecordedHeaders.First(Headers, name);

    /// <summary>The media type of the body without parameters, lower case, or null.</summary>
    public string? MediaType => RecordedHeaders.MediaType(Headers);
}

/// <summary>One request and its response (null when it got none), numbered from 1 in the order they happened.</summary>
/// <param name="Number">The position in the recording, from 1.</param>
/// <param name="Request">The request.</param>
/// <param name="Response">The response, or null when the request got no answer.</param>
/// <param name="ElapsedMilliseconds">How long it took, when recorded.</param>
/// <param name="StartedAt">
/// When the request was sent, in UTC, when the recording says so (a HAR entry's <c>startedDateTime</c>, a fixture
/// exchange's <c>started_at</c>); null otherwise.
/// </param>
public sealed record Exchange(int Number, RecordedRequest Request, RecordedResponse? Response, long? ElapsedMilliseconds = null, DateTimeOffset? StartedAt = null);

/// <summary>A recording: where it came from, what it says of itself, and its exchanges in order.</summary>
/// <param name="Source">The file (or other name) it was read from, for reports.</param>
/// <param name="Metadata">The recording's metadata (API version, auth method, issuer, ...); empty when it has none.</param>
/// <param name="Exchanges">The exchanges in order.</param>
public sealed record RecordedTraffic(string Source, EquatableDictionary<string, string> Metadata, EquatableList<Exchange> Exchanges)
{
    /// <summary>A metadata value, or null.</summary>
    public string? Meta(string key) => Metadata.TryGetValue(key, out var value) ? value : null;
}
