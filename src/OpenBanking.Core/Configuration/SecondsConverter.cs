using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Core.Configuration;

/// <summary>Reads and writes a <see cref="TimeSpan"/> as a number of seconds, as config files state lifetimes.</summary>
internal sealed class SecondsConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var seconds) && double.IsFinite(seconds)
            && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new JsonException("expected a number of seconds");

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.TotalSeconds);
}
