using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// Walks JSON and a schema together, adding a finding for every place they disagree (or, when
/// <c>unknownMembers</c> is set, only for members a closed object does not define).
/// </summary>
internal sealed partial class SchemaWalker(SchemaSet set, List<Finding> findings, bool unknownMembers)
{
    private const int ListedValues = 8;

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public void Walk(Schema schema, JsonNode? value, string path)
    {
        switch (set.Resolve(schema))
        {
            case ObjectSchema o:
                Object(o, value, path);
                break;
            case ArraySchema a:
                Array(a, value, path);
                break;
            case StringSchema s:
                String(s, value, path);
                break;
            case NumberSchema n:
                Number(n, value, path);
                break;
            case BooleanSchema:
                if (Kind(value) is not (JsonValueKind.True or JsonValueKind.False))
                {
                    WrongKind(value, "true or false", path);
                }

                break;
        }
    }

    private void Object(ObjectSchema schema, JsonNode? value, string path)
    {
        if (value is not JsonObject json)
        {
            WrongKind(value, "an object", path);
            return;
        }

        foreach (var member in schema.Members)
        {
            var memberPath = JsonPath.Member(path, member.Name);
            if (json.TryGetPropertyValue(member.Name, out var memberValue))
            {
                Walk(member.Schema, memberValue, memberPath);
            }
            else if (member.Required && !unknownMembers)
            {
                findings.Add(new(memberPath, $"{member.Name} is required and missing"));
            }
        }

        if (unknownMembers && schema.Closed)
        {
            foreach (var name in json.Select(m => m.Key).Where(name => !schema.Members.Any(m => m.Name == name)))
            {
                findings.Add(new(JsonPath.Member(path, name), $"{Quote(name)} is not a member the spec defines here"));
            }
        }
    }

    private void Array(ArraySchema schema, JsonNode? value, string path)
    {
        if (value is not JsonArray json)
        {
            WrongKind(value, "an array", path);
            return;
        }

        if (!unknownMembers && json.Count < schema.MinItems)
        {
            findings.Add(new(path, $"has {Count(json.Count, "item")}; the spec requires at least {schema.MinItems}"));
        }

        if (!unknownMembers && json.Count > schema.MaxItems)
        {
            findings.Add(new(path, $"has {Count(json.Count, "item")}; the spec allows at most {schema.MaxItems}"));
        }

        for (var i = 0; i < json.Count; i++)
        {
            Walk(schema.Items, json[i], JsonPath.Item(path, i));
        }
    }

    private void String(StringSchema schema, JsonNode? value, string path)
    {
        if (Kind(value) != JsonValueKind.String)
        {
            WrongKind(value, "a string", path);
            return;
        }

        if (unknownMembers)
        {
            return;
        }

        var text = value!.GetValue<string>();
        if (schema.Values is { } values && !Allowed(schema, values, text))
        {
            findings.Add(new(path, schema.Namespaced ? NamespaceProblem(values, text) : $"{Quote(text)} is not one of {List(values)}"));
            return;
        }

        var length = text.EnumerateRunes().Count();
        if (length < schema.MinLength)
        {
            findings.Add(new(path, length == 0 ? $"is empty; the spec requires at least {Count(schema.MinLength ?? 0, "character")}" : $"{Quote(text)} has {Count(length, "character")}; the spec requires at least {schema.MinLength}"));
        }

        if (length > schema.MaxLength)
        {
            findings.Add(new(path, $"{Quote(text)} has {Count(length, "character")}; the spec allows at most {schema.MaxLength}"));
        }

        if (schema.Pattern is { } pattern && !Matches(pattern, text))
        {
            findings.Add(new(path, schema.Meaning is { } meaning ? $"{Quote(text)} is not {meaning} ({pattern})" : $"{Quote(text)} does not match {pattern}"));
        }

        if (schema.Format == StringFormat.DateTime && !IsDateTime(text))
        {
            findings.Add(new(path, $"{Quote(text)} is not an ISO 8601 date-time with a time zone, e.g. 2017-04-05T10:43:07+00:00"));
        }

        if (schema.Format == StringFormat.Uri && !IsAbsoluteUri(text))
        {
            findings.Add(new(path, $"{Quote(text)} is not an absolute URI"));
        }
    }

    private void Number(NumberSchema schema, JsonNode? value, string path)
    {
        if (Kind(value) != JsonValueKind.Number)
        {
            WrongKind(value, schema.WholeOnly ? "a whole number" : "a number", path);
            return;
        }

        var text = value!.ToJsonString();
        if (!unknownMembers && schema.WholeOnly && !IsWhole(text))
        {
            findings.Add(new(path, $"{text} is not a whole number"));
        }
    }

    private void WrongKind(JsonNode? value, string expected, string path)
    {
        if (!unknownMembers)
        {
            findings.Add(new(path, $"is {Describe(value)}, expected {expected}"));
        }
    }

    private static JsonValueKind Kind(JsonNode? value) => value?.GetValueKind() ?? JsonValueKind.Null;

    private static string Describe(JsonNode? value) => Kind(value) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Quote(value!.GetValue<string>())}",
        JsonValueKind.Number => $"the number {value!.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value!.ToJsonString()}",
        _ => "null",
    };

    /// <summary>
    /// A value of a closed list is one of it. A value of a namespaced enumeration is one of it when it is in a
    /// namespace the list uses (e.g. UK.OBIE); a bank's own values are allowed in its own namespace (CC.Bank.Value).
    /// </summary>
    private static bool Allowed(StringSchema schema, IReadOnlyList<string> values, string text) =>
        values.Contains(text, StringComparer.Ordinal)
        || (schema.Namespaced && NamespacedValue().IsMatch(text) && !Namespaces(values).Contains(Namespace(text), StringComparer.Ordinal));

    private static string NamespaceProblem(IReadOnlyList<string> values, string text) =>
        NamespacedValue().IsMatch(text)
            ? $"{Quote(text)} is not a value the spec defines in the {Namespace(text)} namespace ({List(values)})"
            : $"{Quote(text)} is not namespaced: use one of {List(values)}, or a value in the bank's own namespace (CC.BankName.Value)";

    private static IEnumerable<string> Namespaces(IReadOnlyList<string> values) => values.Select(Namespace).Distinct(StringComparer.Ordinal);

    private static string Namespace(string value) => string.Join('.', value.Split('.').Take(2));

    private static string List(IReadOnlyList<string> values) =>
        values.Count <= ListedValues
            ? string.Join(", ", values)
            : $"{string.Join(", ", values.Take(ListedValues))}, … ({values.Count} values)";

    private static bool Matches(string pattern, string text)
    {
        var regex = Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)));
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool IsDateTime(string text) =>
        Rfc3339DateTime().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsAbsoluteUri(string text) =>
        UriScheme().IsMatch(text) && System.Uri.TryCreate(text, UriKind.Absolute, out _);

    private static bool IsWhole(string number) =>
        decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? decimal.Truncate(d) == d
            : double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && Math.Floor(x) == x;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>A value quoted for a report, cut short when long.</summary>
    internal static string Quote(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}…'";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex Rfc3339DateTime();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"^[A-Z]{2}\.[^.]+\..+")]
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
