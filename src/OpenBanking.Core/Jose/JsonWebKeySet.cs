using System.Text;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Jose;

/// <summary>A JSON Web Key Set (RFC 7517 §5): the keys a bank signs id_tokens with.</summary>
/// <param name="Keys">The keys; entries of types this library cannot use are kept out.</param>
public sealed record JsonWebKeySet(EquatableList<JsonWebKey> Keys)
{
    /// <summary>Parses a JWKS document. Keys of other types (oct, OKP, ...) are skipped, as RFC 7517 §5 allows.</summary>
    public static Either<OpenBankingError, JsonWebKeySet> Parse(string json, string? interactionId = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonElements.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("keys", out var keys)
                || keys.ValueKind != JsonValueKind.Array)
            {
                return new ParseError("JWKS", "an object with a \"keys\" array", "$", "it has none", interactionId);
            }

            var parsed = keys.EnumerateArray()
                .Where(k => k.ValueKind == JsonValueKind.Object)
                .Select(JsonWebKey.FromJson)
                .Where(k => k.Kty is "RSA" or "EC")
                .ToList();
            return new JsonWebKeySet(parsed);
        }
        catch (JsonException e)
        {
            return new ParseError("JWKS", "a JSON document", e.Path, $"it is not valid JSON ({e.Message})", interactionId);
        }
    }

    /// <summary>
    /// The key to verify a JWS whose header says <paramref name="alg"/> and <paramref name="kid"/>:
    /// the key with that kid, or — when the header has no kid — the only key that fits the algorithm.
    /// </summary>
    public Either<ValidationError, JsonWebKey> Find(string? kid, string alg, string check)
    {
        if (kid is not null)
        {
            var byId = Keys.Where(k => k.Kid == kid).ToList();
            return byId.Count == 0
                ? new ValidationError(check, $"no key with kid '{kid}' in the bank's JWKS (kids: {string.Join(", ", Keys.Select(k => k.Kid))})")
                : byId.FirstOrDefault(k => k.Fits(alg)) is { } key
                    ? key
                    : new ValidationError(check, $"the key with kid '{kid}' cannot verify {alg}");
        }

        var fitting = Keys.Where(k => k.Fits(alg)).ToList();
        return fitting.Count == 1
            ? fitting[0]
            : new ValidationError(check, $"the JWS has no kid and the JWKS has {fitting.Count} keys for {alg}");
    }

    /// <summary>The set as a JWKS JSON document.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in Keys)
            {
                key.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
