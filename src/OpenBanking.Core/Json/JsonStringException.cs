using System.Text.Json;

namespace OpenBanking.Core.Json;

/// <summary>
/// Well-formed JSON with a string or member name that is not text (bytes that are not UTF-8, a lone surrogate escape).
/// Thrown only by <see cref="JsonElements.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> and caught where parsing starts, like any
/// <see cref="JsonException"/>; its message names the path and never the value.
/// </summary>
internal sealed class JsonStringException : JsonException
{
    public JsonStringException(string path, string reason)
        : base($"{reason} at {path}", path, null, null) => Reason = reason;

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }
}
