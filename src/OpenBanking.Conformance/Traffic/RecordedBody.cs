using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Traffic;

/// <summary>The body of a recorded request or response: a closed set of cases.</summary>
public abstract record RecordedBody
{
    private RecordedBody()
    {
    }

    /// <summary>No body.</summary>
    public static RecordedBody None { get; } = new Empty();

    /// <summary>No body.</summary>
    public sealed record Empty : RecordedBody;

    /// <summary>An <c>application/x-www-form-urlencoded</c> body, fields in order (names may repeat).</summary>
    /// <param name="Fields">Names and decoded values.</param>
    public sealed record Form(IReadOnlyList<KeyValuePair<string, string>> Fields) : RecordedBody
    {
        /// <summary>The value of the first field named <paramref name="name"/>, or null.</summary>
        public string? this[string name] =>
            Fields.FirstOrDefault(f => f.Key == name) is { Key: not null } field ? field.Value : null;

        /// <inheritdoc />
        public bool Equals(Form? other) => other is not null && Fields.SequenceEqual(other.Fields);

        /// <inheritdoc />
        public override int GetHashCode() => Fields.Count;
    }

    /// <summary>A JSON body.</summary>
    /// <param name="Value">The parsed document (null for a JSON <c>null</c>).</param>
    public sealed record Json(JsonNode? Value) : RecordedBody
    {
        /// <inheritdoc />
        public bool Equals(Json? other) => other is not null && JsonNode.DeepEquals(Value, other.Value);

        /// <inheritdoc />
        public override int GetHashCode() => 0;
    }

    /// <summary>A body that is neither a form nor JSON (or JSON that does not parse), as text.</summary>
    /// <param name="Value">The text.</param>
    public sealed record Text(string Value) : RecordedBody;
}
