using System.Text;

namespace OpenBanking.Core.Http;

/// <summary>The body of a request description: a closed set of cases.</summary>
public abstract record RequestBody
{
    private RequestBody()
    {
    }

    /// <summary>No body.</summary>
    public static RequestBody None { get; } = new Empty();

    /// <summary>The media type the body is sent with, or null when there is no body.</summary>
    public abstract string? ContentType { get; }

    /// <summary>The exact bytes sent on the wire.</summary>
    public abstract byte[] ToBytes();

    /// <summary>No body (GET, DELETE).</summary>
    public sealed record Empty : RequestBody
    {
        /// <inheritdoc />
        public override string? ContentType => null;

        /// <inheritdoc />
        public override byte[] ToBytes() => [];

        /// <inheritdoc />
        public override string ToString() => "(no body)";
    }

    /// <summary>An <c>application/x-www-form-urlencoded</c> body, fields in order.</summary>
    /// <param name="Fields">Names and values, before encoding.</param>
    public sealed record Form(EquatableList<KeyValuePair<string, string>> Fields) : RequestBody
    {
        /// <summary>Names of the fields whose values are secrets and must never be printed.</summary>
        internal static readonly IReadOnlySet<string> SecretFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "client_secret", "client_assertion", "code", "refresh_token", "code_verifier", "password",
        };

        /// <inheritdoc />
        public override string ContentType => "application/x-www-form-urlencoded";

        /// <summary>The value of the first field named <paramref name="name"/>, or null.</summary>
        public string? this[string name] =>
            Fields.FirstOrDefault(f => f.Key == name) is { Key: not null } field ? field.Value : null;

        /// <inheritdoc />
        public override byte[] ToBytes() => Encoding.ASCII.GetBytes(FormUrlEncoding.Encode(Fields));

        /// <inheritdoc />
        public override string ToString() =>
            string.Join("&", Fields.Select(f => $"{f.Key}={(SecretFields.Contains(f.Key) ? "***" : f.Value)}"));
    }

    /// <summary>A JSON body, kept as the exact text sent (so it can be signed or compared byte for byte).</summary>
    /// <param name="Text">The serialised JSON.</param>
    public sealed record Json(string Text) : RequestBody
    {
        /// <inheritdoc />
        public override string ContentType => "application/json";

        /// <inheritdoc />
        public override byte[] ToBytes() => Encoding.UTF8.GetBytes(Text);

        /// <inheritdoc />
        public override string ToString() => Text;
    }

    /// <summary>
    /// A body sent as the bytes given, with its media type: a payment file (JSON or XML) uploaded to a file payment consent.
    /// The bytes are kept as given, not copied: do not change the array after handing it over.
    /// </summary>
    /// <param name="Content">The exact bytes.</param>
    /// <param name="MediaType">The Content-Type, e.g. <c>application/json</c> or <c>text/xml</c>.</param>
    public sealed record Bytes(EquatableBytes Content, string MediaType) : RequestBody
    {
        /// <inheritdoc />
        public override string ContentType => MediaType;

        /// <inheritdoc />
        public override byte[] ToBytes() => Content.Span.ToArray();

        /// <inheritdoc />
        public override string ToString() => $"({Content.Length} bytes of {MediaType})";
    }
}
