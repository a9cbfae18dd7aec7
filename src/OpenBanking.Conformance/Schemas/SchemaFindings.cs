using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Specs;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// Turns a JSON Schema validator's errors into findings a developer reads: the JSON path of the value (as
/// <c>$.response.body.Data.Account[0].Currency</c>), and what is wrong with it in the spec's terms, with the schema's own
/// limits (the allowed values, the lengths, the pattern).
/// </summary>
internal sealed partial class SchemaFindings(JsonObject schemaDocument, JsonNode? instance, string root)
{
    private const int ListedValues = 8;

    private readonly HashSet<(string Path, string Detail)> seen = [];
    private readonly HashSet<string> namespaced = new(StringComparer.Ordinal);

    /// <summary>What the patterns the documents use over and over mean, so a finding says it in words.</summary>
    private static readonly Dictionary<string, string> PatternMeanings = new(StringComparer.Ordinal)
    {
        [@"^\d{1,13}$|^\d{1,13}\.\d{1,5}$"] = "an amount (1 to 13 digits, optionally a point and 1 to 5 decimals, no sign)",
        ["^[A-Z]{3,3}$"] = "an ISO 4217 currency code (three capital letters)",
        ["^[A-Z]{2,2}$"] = "an ISO 3166-1 alpha-2 country code (two capital letters)",
        ["[A-Z]{2,2}"] = "an ISO 3166-1 alpha-2 country code (two capital letters)",
        [@"^(-?\d{1,14}){1}(\.\d{1,4}){0,1}$"] = "a rate (1 to 14 digits, optionally a minus, a point and 1 to 4 decimals)",
        [@"^(-?\d{1,3}){1}(\.\d{1,4}){0,1}$"] = "a rate (1 to 3 digits, optionally a minus, a point and 1 to 4 decimals)",
        [@"\+[0-9]{1,3}-[0-9()+\-]{1,30}"] = "a phone number (+CC-NUMBER, e.g. +44-2079460000)",
    };

    public List<Finding> Invalid { get; } = [];

    public List<Finding> Unknown { get; } = [];

    /// <summary>The formats as the OBIE documents mean them: <c>date-time</c> an RFC 3339 date-time with its time zone, <c>uri</c> an absolute URI.</summary>
    public static FormatRegistry Formats()
    {
        var registry = new FormatRegistry();
        registry.Register(new PredicateFormat("date-time", e => e.ValueKind != JsonValueKind.String || WireFormats.IsRfc3339DateTime(e.GetString())));
        registry.Register(new PredicateFormat("uri", e => e.ValueKind != JsonValueKind.String || IsAbsoluteUri(e.GetString()!)));
        return registry;
    }

    /// <summary>Adds the findings for the failed nodes of a validator's list output.</summary>
    public void AddAll(IReadOnlyList<EvaluationResults> details)
    {
        // A failed branch of an anyOf is listed even when another branch passed: only a failed anyOf counts.
        var failed = details.Where(d => !d.IsValid).Select(d => d.EvaluationPath.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var detail in details)
        {
            if (!detail.IsValid && detail.Errors is { Count: > 0 } errors)
            {
                Add(detail.InstanceLocation.ToString(), detail.EvaluationPath.ToString(), detail.SchemaLocation, errors, failed);
            }
        }
    }

    private void Add(string instanceLocation, string evaluationPath, Uri schemaLocation, IReadOnlyDictionary<string, string> errors, HashSet<string> failed)
    {
        var (path, value) = Locate(instanceLocation);

        // A namespaced enumeration is translated to anyOf (the spec's values, or another namespace): one finding for it.
        var anyOf = evaluationPath.IndexOf("/anyOf/", StringComparison.Ordinal);
        if (anyOf >= 0)
        {
            if (failed.Contains(evaluationPath[..anyOf]) && namespaced.Add(path) && NamespacedSchema(schemaLocation) is { } values && value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            {
                Report(Invalid, path, NamespaceProblem(values, text.GetValue<string>()));
            }

            return;
        }

        if (evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            Report(Unknown, path, $"{Quote(instanceLocation.Split('/')[^1].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))} is not a member the spec defines here");
            return;
        }

        var schema = SchemaAt(schemaLocation);
        foreach (var (keyword, message) in errors)
        {
            foreach (var (at, detail) in Explain(keyword, message, schema, path, value))
            {
                Report(Invalid, at, detail);
            }
        }
    }

    private void Report(List<Finding> findings, string path, string detail)
    {
        if (seen.Add((path, detail)))
        {
            findings.Add(new Finding(path, detail));
        }
    }

    private static IEnumerable<(string Path, string Detail)> Explain(string keyword, string message, JsonObject? schema, string path, JsonNode? value)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        switch (keyword)
        {
            case "required":
                foreach (var name in (schema?["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()))
                {
                    if (value is JsonObject o && !o.ContainsKey(name))
                    {
                        yield return (JsonPath.Member(path, name), $"{name} is required and missing");
                    }
                }

                yield break;
            case "type":
                yield return (path, $"is {Describe(value)}, expected {Expected(schema?["type"])}");
                yield break;
            case "enum":
                var values = (schema?["enum"] as JsonArray ?? []).Select(n => n?.ToString() ?? "null").ToList();
                yield return (path, text is null ? $"{Describe(value)} is not one of {List(values)}" : $"{Quote(text)} is not one of {List(values)}");
                yield break;
            case "minLength" when text is not null:
                var fewest = Number(schema?["minLength"]);
                var length = text.EnumerateRunes().Count();
                yield return (path, length == 0 ? $"is empty; the spec requires at least {Count(fewest, "character")}" : $"{Quote(text)} has {Count(length, "character")}; the spec requires at least {fewest}");
                yield break;
            case "maxLength" when text is not null:
                yield return (path, $"{Quote(text)} has {Count(text.EnumerateRunes().Count(), "character")}; the spec allows at most {Number(schema?["maxLength"])}");
                yield break;
            case "pattern" when text is not null:
                var pattern = schema?["pattern"]?.GetValue<string>() ?? "";
                yield return (path, PatternMeanings.TryGetValue(pattern, out var meaning)
                    ? $"{Quote(text)} is not {meaning} ({pattern})"
                    : $"{Quote(text)} does not match {pattern}");
                yield break;
            case "format" when text is not null:
                yield return (path, schema?["format"]?.GetValue<string>() == "date-time"
                    ? $"{Quote(text)} is not an ISO 8601 date-time with a time zone, e.g. 2017-04-05T10:43:07+00:00"
                    : $"{Quote(text)} is not {(schema?["format"]?.GetValue<string>() == "uri" ? "an absolute URI" : $"a {schema?["format"]}")}");
                yield break;
            case "minItems" when value is JsonArray items:
                yield return (path, $"has {Count(items.Count, "item")}; the spec requires at least {Number(schema?["minItems"])}");
                yield break;
            case "maxItems" when value is JsonArray items:
                yield return (path, $"has {Count(items.Count, "item")}; the spec allows at most {Number(schema?["maxItems"])}");
                yield break;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                yield return (path, $"{value?.ToJsonString()} is {(keyword.Contains("min", StringComparison.OrdinalIgnoreCase) ? "below" : "above")} the spec's {keyword} {schema?[keyword]?.ToJsonString()}");
                yield break;
            default:
                // A keyword these documents do not use today: the validator's own words.
                yield return (path, $"{keyword}: {message}");
                yield break;
        }
    }

    /// <summary>The report path and the value at a JSON Pointer into the instance.</summary>
    private (string Path, JsonNode? Value) Locate(string pointer)
    {
        var path = root;
        var node = instance;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node is JsonArray array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count)
            {
                path = JsonPath.Item(path, index);
                node = array[index];
            }
            else
            {
                path = JsonPath.Member(path, segment);
                node = node is JsonObject o && o.TryGetPropertyValue(segment, out var member) ? member : null;
            }
        }

        return (path, node);
    }

    /// <summary>The schema object at an absolute schema location (<c>…#/$defs/OBReadAccount6/properties/Data</c>).</summary>
    private JsonObject? SchemaAt(Uri location)
    {
        JsonNode? node = schemaDocument;
        var previous = "";
        foreach (var raw in Uri.UnescapeDataString(location.Fragment.TrimStart('#')).Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

            // JsonSchema.Net 8 writes a location under "items" with a stray segment after it (…/items/Address/…): skip it.
            if (previous == "items" && node is JsonObject items && !items.ContainsKey(segment))
            {
                previous = segment;
                continue;
            }

            previous = segment;
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node as JsonObject;
    }

    /// <summary>The values of the namespaced enumeration whose translated anyOf contains <paramref name="location"/>.</summary>
    private List<string>? NamespacedSchema(Uri location)
    {
        var fragment = location.Fragment;
        var at = fragment.LastIndexOf("/anyOf", StringComparison.Ordinal);
        return at < 0
            ? null
            : SchemaAt(new Uri(location, fragment[..at]))?[OpenApiSchemas.NamespacedEnum] is JsonArray values
                ? [.. values.Select(n => n!.GetValue<string>())]
                : null;
    }

    private static string NamespaceProblem(IReadOnlyList<string> values, string text) =>
        NamespacedValue().IsMatch(text)
            ? $"{Quote(text)} is not a value the spec defines in the {OpenApiSchemas.Namespace(text)} namespace ({List(values)})"
            : $"{Quote(text)} is not namespaced: use one of {List(values)}, or a value in the bank's own namespace (CC.BankName.Value)";

    private static string Expected(JsonNode? type) => type switch
    {
        JsonArray types => string.Join(" or ", types.Select(Expected)),
        _ => type?.ToString() switch
        {
            "object" => "an object",
            "array" => "an array",
            "string" => "a string",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            "null" => "null",
            var other => other ?? "another kind of value",
        },
    };

    private static string Describe(JsonNode? value) => (value?.GetValueKind() ?? JsonValueKind.Null) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Quote(value!.GetValue<string>())}",
        JsonValueKind.Number => $"the number {value!.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value!.ToJsonString()}",
        _ => "null",
    };

    private static string List(IReadOnlyList<string> values) =>
        values.Count <= ListedValues
            ? string.Join(", ", values)
            : $"{string.Join(", ", values.Take(ListedValues))}, … ({values.Count} values)";

    private static int Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>A value quoted for a report, cut short when long.</summary>
    internal static string Quote(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}…'";

    private static bool IsAbsoluteUri(string text) => UriScheme().IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out _);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(OpenApiSchemas.NamespacedValuePattern)]
    private static partial Regex NamespacedValue();
}

/// <summary>JSON paths as reports write them: <c>$.response.body.Data.Account[0].Currency</c>.</summary>
internal static partial class JsonPath
{
    /// <summary>The path of member <paramref name="name"/> of the object at <paramref name="path"/>.</summary>
    public static string Member(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The path of item <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainName();
}
