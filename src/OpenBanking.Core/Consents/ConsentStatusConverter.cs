using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Core.Consents;

/// <summary>
/// Reads a consent status as a v3.1.11 name or a v4.0 code (see <see cref="ConsentStatus"/>) and writes the v3.1.11 name.
/// Anything else — another string, a number — fails the read, so the document's parser names the JSON path.
/// </summary>
public sealed class ConsentStatusConverter : JsonConverter<ConsentStatus>
{
    /// <summary>Every accepted spelling and its status: the v3.1.11 names, then the v4.0 codes.</summary>
    public static IReadOnlyDictionary<string, ConsentStatus> Codes { get; } = new Dictionary<string, ConsentStatus>(StringComparer.Ordinal)
    {
        [nameof(ConsentStatus.AwaitingAuthorisation)] = ConsentStatus.AwaitingAuthorisation,
        [nameof(ConsentStatus.Authorised)] = ConsentStatus.Authorised,
        [nameof(ConsentStatus.Rejected)] = ConsentStatus.Rejected,
        [nameof(ConsentStatus.Revoked)] = ConsentStatus.Revoked,
        [nameof(ConsentStatus.Expired)] = ConsentStatus.Expired,
        ["AWAU"] = ConsentStatus.AwaitingAuthorisation,
        ["AUTH"] = ConsentStatus.Authorised,
        ["RJCT"] = ConsentStatus.Rejected,
        ["CANC"] = ConsentStatus.Revoked,
        ["EXPD"] = ConsentStatus.Expired,
    };

    /// <inheritdoc />
    public override ConsentStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { } code && Codes.TryGetValue(code, out var status)
            ? status
            : throw new JsonException(reader.TokenType == JsonTokenType.String
                ? $"'{reader.GetString()}' is not a consent status (v3.1.11 names or v4.0 AWAU, AUTH, RJCT, CANC, EXPD)"
                : $"a consent status is a string, not a {reader.TokenType}");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ConsentStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
