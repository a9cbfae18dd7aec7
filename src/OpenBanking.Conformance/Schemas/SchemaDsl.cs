namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// A compact way to write <see cref="Schema"/>s (use with <c>using static</c>):
/// <c>Closed(Req("Data", Open(Opt("Account", ArrayOf(Ref("OBAccount6"))))), Opt("Links", Ref("Links")))</c>.
/// </summary>
public static class SchemaDsl
{
    /// <summary>An object that allows members the spec does not define.</summary>
    public static ObjectSchema Open(params Member[] members) => new(members, Closed: false);

    /// <summary>An object that allows only <paramref name="members"/> (<c>additionalProperties: false</c>).</summary>
    public static ObjectSchema Closed(params Member[] members) => new(members, Closed: true);

    /// <summary>A member that must be present.</summary>
    public static Member Req(string name, Schema schema) => new(name, Required: true, schema);

    /// <summary>A member that may be left out.</summary>
    public static Member Opt(string name, Schema schema) => new(name, Required: false, schema);

    /// <summary>A string of <paramref name="min"/> to <paramref name="max"/> characters (the spec's MaxNText).</summary>
    public static StringSchema Text(int min, int max) => new(min, max);

    /// <summary>Any string.</summary>
    public static StringSchema Text() => new();

    /// <summary>A string from a closed list of values.</summary>
    public static StringSchema OneOf(params string[] values) => new(Values: values);

    /// <summary>A value of an OBIE namespaced enumeration (see <see cref="StringSchema.Namespaced"/>).</summary>
    public static StringSchema Namespaced(params string[] values) => new(Values: values, Namespaced: true);

    /// <summary>A string matching <paramref name="pattern"/> (ECMA-262).</summary>
    public static StringSchema Pattern(string pattern) => new(Pattern: pattern);

    /// <summary>A string matching <paramref name="pattern"/> (ECMA-262), which reports call <paramref name="meaning"/>.</summary>
    public static StringSchema Pattern(string pattern, string meaning) => new(Pattern: pattern, Meaning: meaning);

    /// <summary>A string of <paramref name="min"/> to <paramref name="max"/> characters matching <paramref name="pattern"/>.</summary>
    public static StringSchema Pattern(string pattern, int min, int max) => new(min, max, pattern);

    /// <summary>An RFC 3339 date-time with a time zone.</summary>
    public static StringSchema IsoDateTime { get; } = new(Format: StringFormat.DateTime);

    /// <summary>An absolute URI.</summary>
    public static StringSchema AbsoluteUri { get; } = new(Format: StringFormat.Uri);

    /// <summary>Any number.</summary>
    public static NumberSchema Number { get; } = new(WholeOnly: false);

    /// <summary>A whole number (OpenAPI <c>integer</c>).</summary>
    public static NumberSchema WholeNumber { get; } = new(WholeOnly: true);

    /// <summary>true or false.</summary>
    public static BooleanSchema Bool { get; } = new();

    /// <summary>An array of <paramref name="items"/>, with at least <paramref name="min"/> and at most <paramref name="max"/> of them.</summary>
    public static ArraySchema ArrayOf(Schema items, int min = 0, int? max = null) => new(items, min, max);

    /// <summary>A reference to the shared definition <paramref name="name"/>.</summary>
    public static RefSchema Ref(string name) => new(name);
}
