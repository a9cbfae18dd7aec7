using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// The shape of a payment request body, checked against the Payment Initiation API v3.1.11 OpenAPI document's own
/// schemas (embedded, unchanged) by a small walker of the keywords that document uses — type, properties, required,
/// additionalProperties, minLength/maxLength, pattern, enum, OBIE's x-namespaced-enum, format date-time, items,
/// minItems/maxItems — answering the first problem with the code the spec gives it: a member the schema does not have
/// UK.OBIE.Field.Unexpected, a required one absent UK.OBIE.Field.Missing, a malformed date-time
/// UK.OBIE.Field.InvalidDate, any other broken constraint UK.OBIE.Field.Invalid; each with the member's path
/// (<c>Data.Initiation.InstructedAmount.Amount</c>). What the schemas cannot say (amounts above zero, supported
/// currencies, schemes, checksums, dates in the future) is <see cref="InitiationRules"/>'.
/// </summary>
public static class PaymentSchemas
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
    {
        using var stream = typeof(PaymentSchemas).Assembly.GetManifestResourceStream("MockAspsp.payment-initiation-openapi.json")
            ?? throw new InvalidOperationException("the embedded Payment Initiation OpenAPI document is missing");
        return (JsonObject)JsonNode.Parse(stream)!["components"]!["schemas"]!;
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>The first way <paramref name="value"/> breaks the schema <paramref name="schemaName"/>, or null.</summary>
    public static ObError? Check(string schemaName, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(schemaName);
        return Walk(Schemas.Value[schemaName] ?? throw new ArgumentException($"no schema {schemaName}", nameof(schemaName)), value, "");
    }

    /// <summary>
    /// The first way <paramref name="value"/> breaks the schema of the member <paramref name="members"/> leads to within
    /// <paramref name="schemaName"/> (e.g. a domestic payment's Initiation), reported under <paramref name="path"/>.
    /// </summary>
    public static ObError? CheckMember(string schemaName, IReadOnlyList<string> members, JsonElement value, string path)
    {
        ArgumentNullException.ThrowIfNull(members);
        var schema = members.Aggregate(Resolve(Schemas.Value[schemaName]!), (at, member) => Resolve(at["properties"]![member]!));
        return Walk(schema, value, path);
    }

    private static JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = Schemas.Value[reference.Split('/')[^1]]!;
        }

        return schema;
    }

    private static ObError? Walk(JsonNode schema, JsonElement value, string path)
    {
        schema = Resolve(schema);
        return schema["type"]?.GetValue<string>() switch
        {
            "object" => Object(schema, value, path),
            "array" => Array(schema, value, path),
            "string" => String(schema, value, path),
            "number" => value.ValueKind == JsonValueKind.Number ? null : Invalid(path, "must be a number"),
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) ? null : Invalid(path, "must be an integer"),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Invalid(path, "must be true or false"),
            _ => null,
        };
    }

    private static ObError? Object(JsonNode schema, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return Invalid(path, "must be an object");
        }

        var properties = schema["properties"] as JsonObject ?? [];
        if (schema["additionalProperties"]?.GetValue<bool>() == false
            && value.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !properties.ContainsKey(name)) is { } unexpected)
        {
            var at = Join(path, unexpected);
            return new ObError(400, ObCodes.FieldUnexpected, $"{at} is not a field of this request", at);
        }

        if (value.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return Invalid(Join(path, repeated.Key), "appears more than once");
        }

        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (!value.TryGetProperty(required, out _))
            {
                var at = Join(path, required);
                return new ObError(400, ObCodes.FieldMissing, $"{at} is required", at);
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            if (properties[member.Name] is { } memberSchema && Walk(memberSchema, member.Value, Join(path, member.Name)) is { } problem)
            {
                return problem;
            }
        }

        return schema["minProperties"]?.GetValue<int>() is { } least && value.EnumerateObject().Count() < least
            ? Invalid(path, $"must have at least {least} member(s)")
            : null;
    }

    private static ObError? Array(JsonNode schema, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return Invalid(path, "must be an array");
        }

        var count = value.GetArrayLength();
        if (schema["minItems"]?.GetValue<int>() is { } least && count < least)
        {
            return Invalid(path, $"must have at least {least} item(s)");
        }

        if (schema["maxItems"]?.GetValue<int>() is { } most && count > most)
        {
            return Invalid(path, $"must have at most {most} item(s)");
        }

        return schema["items"] is { } items
            ? value.EnumerateArray().Select((item, i) => Walk(items, item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]")).FirstOrDefault(p => p is not null)
            : null;
    }

    private static ObError? String(JsonNode schema, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return Invalid(path, "must be a string");
        }

        var text = value.GetString()!;
        // JSON Schema counts characters (code points), not UTF-16 units.
        var length = text.EnumerateRunes().Count();
        if (schema["minLength"]?.GetValue<int>() is { } shortest && length < shortest)
        {
            return Invalid(path, $"must be at least {shortest} character(s) long");
        }

        if (schema["maxLength"]?.GetValue<int>() is { } longest && length > longest)
        {
            return Invalid(path, $"must be at most {longest} characters long; it has {length}");
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern
            && !Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch(text))
        {
            return Invalid(path, $"must match {pattern}");
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => v!.GetValue<string>() == text))
        {
            return Invalid(path, $"must be one of {string.Join(", ", values.Select(v => v!.GetValue<string>()))}");
        }

        if (schema["x-namespaced-enum"] is JsonArray codes && !NamespacedCode(codes.Select(v => v!.GetValue<string>()).ToList(), text))
        {
            return Invalid(path, $"must be one of {string.Join(", ", codes.Select(v => v!.GetValue<string>()))}, or a code in a bank's own namespace");
        }

        return schema["format"]?.GetValue<string>() == "date-time" && !Aisp.Wire.TryParseDate(text, out _)
            ? new ObError(400, ObCodes.FieldInvalidDate, $"{path} must be an ISO 8601 date-time with a time zone", path)
            : null;
    }

    /// <summary>
    /// An OBIE namespaced enumeration: one of the listed codes, or a code in another namespace (a bank may add
    /// <c>CC.BankName.Value</c> codes, never new <c>UK.OBIE.*</c> ones) — whether the bank supports it is another question.
    /// </summary>
    private static bool NamespacedCode(IReadOnlyList<string> codes, string value)
    {
        if (codes.Contains(value))
        {
            return true;
        }

        var parts = value.Split('.');
        return parts.Length >= 3 && parts[0].Length == 2 && parts[0].All(char.IsAsciiLetterUpper) && parts[1].Length > 0 && parts[2].Length > 0
            && !codes.Any(code => code.StartsWith($"{parts[0]}.{parts[1]}.", StringComparison.Ordinal));
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static ObError Invalid(string path, string reason) => new(400, ObCodes.FieldInvalid, $"{(path.Length == 0 ? "the body" : path)} {reason}", path.Length == 0 ? null : path);
}
