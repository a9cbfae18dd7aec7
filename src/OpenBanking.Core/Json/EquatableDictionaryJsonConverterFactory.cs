using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenBanking.Core.Json;

/// <summary>
/// Reads and writes an <see cref="EquatableDictionary{TKey, TValue}"/> with string keys as a plain JSON object, with
/// whatever options (reflection or a source-generated context that has metadata for the value type). Keys are compared
/// ordinally, as JSON member names are.
/// </summary>
public sealed class EquatableDictionaryJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert is { IsGenericType: true } && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableDictionary<,>)
        && typeToConvert.GetGenericArguments()[0] == typeof(string);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[1]))!;
    }

    private sealed class Converter<TValue> : JsonConverter<EquatableDictionary<string, TValue>>
    {
        public override EquatableDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a JSON object for {typeToConvert}.");
            }

            var value = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
            var items = new Dictionary<string, TValue>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                // The last of a repeated member wins, as the serializer's own dictionaries do.
                items[name] = JsonSerializer.Deserialize(ref reader, value)!;
            }

            return EquatableDictionary.Own(items);
        }

        public override void Write(Utf8JsonWriter writer, EquatableDictionary<string, TValue> value, JsonSerializerOptions options)
        {
            var item = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
            writer.WriteStartObject();
            foreach (var (name, each) in value)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, each, item);
            }

            writer.WriteEndObject();
        }
    }
}
