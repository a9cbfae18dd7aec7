using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core;

/// <summary>
/// A piece of JSON kept as the bank sent it (supplementary data, product data models), equal to another when its text
/// is the same. <see cref="JsonElement"/> itself compares by the document it came from, so two reads of the same answer
/// would differ; this type is what lets records holding JSON take the compiler's equality.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson : IEquatable<RawJson>
{
    private string? _text;

    /// <summary>Keeps <paramref name="value"/>, detached from its document (so disposing the document does not affect it).</summary>
    public RawJson(JsonElement value)
    {
        Value = value.Clone();
    }

    /// <summary>The JSON, to read members from.</summary>
    public JsonElement Value { get; }

    // Made on first comparison: most parsed values are never compared.
    private string Text => _text ??= Value.GetRawText();

    /// <summary>True when both are null, or their JSON text is the same.</summary>
    public static bool operator ==(RawJson? left, RawJson? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True unless both are null or their JSON text is the same.</summary>
    public static bool operator !=(RawJson? left, RawJson? right) => !(left == right);

    /// <summary>True when the JSON text is the same, character for character.</summary>
    public bool Equals(RawJson? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawJson);

    /// <inheritdoc />
    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    /// <summary>The JSON text.</summary>
    public override string ToString() => Text;
}
