using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Specs;

/// <summary>
/// Turns the schemas of an OpenAPI 3.0 document (<c>components.schemas</c>) into one JSON Schema 2020-12 document whose
/// <c>$defs</c> are those schemas, for a standard validator. What OpenAPI 3.0 adds to JSON Schema is translated:
/// <c>nullable: true</c> allows <c>null</c>; an OBIE <c>x-namespaced-enum</c> becomes "one of these values, or a value in
/// a namespace the list does not use" (a bank may add <c>CC.BankName.Value</c> codes, never new <c>UK.OBIE.*</c> ones);
/// references to <c>#/components/schemas/X</c> become <c>#/$defs/X</c>. Formats stay as they are: the validator is given
/// the OBIE meaning of <c>date-time</c> and <c>uri</c>.
/// </summary>
internal static class OpenApiSchemas
{
    /// <summary>The keyword that marks a translated namespaced enumeration (kept for the finding's words).</summary>
    public const string NamespacedEnum = "x-namespaced-enum";

    private const string ComponentsPrefix = "#/components/schemas/";

    /// <summary>The JSON Schema document for <paramref name="openApi"/>'s schemas, identified by <paramref name="id"/>.</summary>
    public static JsonObject ToJsonSchema(JsonObject openApi, Uri id)
    {
        var defs = new JsonObject();
        if (openApi["components"]?["schemas"] is JsonObject schemas)
        {
            foreach (var (name, schema) in schemas)
            {
                defs[name] = Translate(schema);
            }
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id.ToString(),
            ["$defs"] = defs,
        };
    }

    private static JsonNode? Translate(JsonNode? node) => node switch
    {
        JsonObject o => TranslateObject(o),
        JsonArray a => new JsonArray([.. a.Select(Translate)]),
        _ => node?.DeepClone(),
    };

    private static JsonObject TranslateObject(JsonObject schema)
    {
        var result = new JsonObject();
        foreach (var (key, value) in schema)
        {
            switch (key)
            {
                case "$ref" when value?.GetValue<string>() is { } target && target.StartsWith(ComponentsPrefix, StringComparison.Ordinal):
                    result[key] = "#/$defs/" + target[ComponentsPrefix.Length..];
                    break;
                case "nullable":
                case "example":
                    // nullable is applied to type below; an example is documentation.
                    break;
                case "properties":
                    // Member names are not schemas: translate each member's schema, keep the names.
                    var properties = new JsonObject();
                    foreach (var (name, member) in (JsonObject)value!)
                    {
                        properties[name] = Translate(member);
                    }

                    result[key] = properties;
                    break;
                default:
                    result[key] = Translate(value);
                    break;
            }
        }

        if (schema["nullable"]?.GetValue<bool>() == true && schema["type"]?.GetValue<string>() is { } type)
        {
            result["type"] = new JsonArray(type, "null");
        }

        if (schema[NamespacedEnum] is JsonArray values)
        {
            var namespaces = values.Select(v => Namespace(v!.GetValue<string>())).Distinct(StringComparer.Ordinal).Select(System.Text.RegularExpressions.Regex.Escape);
            result["anyOf"] = new JsonArray(
                new JsonObject { ["enum"] = values.DeepClone() },
                new JsonObject
                {
                    ["pattern"] = NamespacedValuePattern,
                    ["not"] = new JsonObject { ["pattern"] = $"^({string.Join('|', namespaces)})\\." },
                });
        }

        return result;
    }

    /// <summary>A value written in a namespace: two capital letters, a dot, a name, a dot, and the value (<c>UK.OBIE.Field.Missing</c>, <c>CC.Bank.Code</c>).</summary>
    public const string NamespacedValuePattern = @"^[A-Z]{2}\.[^.]+\..+";

    /// <summary>The namespace of a namespaced value: its first two parts (<c>UK.OBIE</c>).</summary>
    public static string Namespace(string value) => string.Join('.', value.Split('.').Take(2));
}
