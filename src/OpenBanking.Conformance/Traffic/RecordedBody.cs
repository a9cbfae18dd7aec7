using System.Text.Json.Nodes;
using OpenBanking.Core;

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
    public sealed record Form(EquatableList<KeyValuePair<string, string>> Fields) : RecordedBody
    {
        /// <summary>The value of the first field named <paramref name="name"/>, or null.</summary>
        public string? this[string name] =>
            Fields.FirstOrDefault(f => f.Key == name) is { Key: not null } field ? field.Value : null;
    }

    /// <summary>A JSON body, equal to another when the documents are deeply equal.</summary>
    /// <param name="Value">The parsed document (null for a JSON <c>null</c>).</param>
    public sealed record Json(JsonNode? Value) : RecordedBody
    {
        // The node compares by reference; the wrapper gives the compiler's equality a deep comparison.
        private readonly EquatableJsonNode _value = new(Value);
        private readonly NotCompared<string?> _sent;

        /// <summary>The parsed document (null for a JSON <c>null</c>).</summary>
        public JsonNode? Value
        {
            get => _value.Node;
            init => _value = new(value);
        }

        /// <summary>
        /// The body exactly as sent, when the recording keeps it (a HAR file's <c>postData.text</c>); null when only the
        /// parsed document is known (a fixture keeps <c>{"json": …}</c>). A detached JWS signs these bytes. Not part of
        /// equality: two bodies that say the same thing are the same body.
        /// </summary>
        public string? Sent
        {
            get => _sent.Value;
            init => _sent = new(value);
        }
    }

    /// <summary>A body that is neither a form nor JSON (or JSON that does not parse), as text.</summary>
    /// <param name="Value">The text.</param>
    public sealed record Text(string Value) : RecordedBody;
}
