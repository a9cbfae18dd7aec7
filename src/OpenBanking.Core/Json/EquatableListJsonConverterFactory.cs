using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenBanking.Core.Json;

/// <summary>
/// Reads and writes an <see cref="EquatableList{T}"/> as a plain JSON array, with whatever options (reflection or a
/// source-generated context that has metadata for the item type). The library's own reads go through
/// <see cref="EquatableListResolver"/> instead, whose errors name the item (<c>$.Data.Account[1].AccountId</c>); an
/// error inside an item read through this converter names the list.
/// </summary>
public sealed class EquatableListJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert is { IsGenericType: true } && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableList<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class Converter<T> : JsonConverter<EquatableList<T>>
    {
        public override EquatableList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected a JSON array for {typeToConvert}.");
            }

            var item = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(JsonSerializer.Deserialize(ref reader, item)!);
            }

            return EquatableList.Own(items.ToArray());
        }

        public override void Write(Utf8JsonWriter writer, EquatableList<T> value, JsonSerializerOptions options)
        {
            var item = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            writer.WriteStartArray();
            foreach (var each in value)
            {
                JsonSerializer.Serialize(writer, each, item);
            }

            writer.WriteEndArray();
        }
    }
}
