using OpenBanking.Core;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// A JSON schema as data: the part of JSON Schema the OBIE OpenAPI files use for response bodies (objects with
/// required and optional members, strings with values, patterns, lengths and formats, numbers, booleans, arrays and
/// references to shared definitions). A closed set of cases; write them with <see cref="SchemaDsl"/>.
/// </summary>
public abstract record Schema
{
    private protected Schema()
    {
    }
}

/// <summary>What a string must look like beyond its pattern and lengths.</summary>
public enum StringFormat
{
    /// <summary>Anything.</summary>
    None,

    /// <summary>An RFC 3339 date-time with its time zone (OpenAPI <c>date-time</c>), e.g. <c>2017-04-05T10:43:07+00:00</c>.</summary>
    DateTime,

    /// <summary>An absolute URI (OpenAPI <c>uri</c>).</summary>
    Uri,
}

/// <summary>A JSON string.</summary>
/// <param name="MinLength">The fewest characters (Unicode code points), if limited.</param>
/// <param name="MaxLength">The most characters (Unicode code points), if limited.</param>
/// <param name="Pattern">An ECMA-262 regular expression the value must match somewhere (anchor it with ^ and $ to match it whole).</param>
/// <param name="Values">The values the spec allows (an enumeration), or null for any value.</param>
/// <param name="Namespaced">
/// True for an OBIE namespaced enumeration: a value in a namespace the spec uses (e.g. <c>UK.OBIE</c>) must be one of
/// <paramref name="Values"/>; a bank may add values in its own namespace (<c>CC.BankName.Value</c>).
/// </param>
/// <param name="Format">The format.</param>
/// <param name="Meaning">What <paramref name="Pattern"/> stands for, in words, for reports (e.g. "an amount").</param>
public sealed record StringSchema(
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    EquatableList<string>? Values = null,
    bool Namespaced = false,
    StringFormat Format = StringFormat.None,
    string? Meaning = null) : Schema;

/// <summary>A JSON number.</summary>
/// <param name="WholeOnly">True when only whole numbers are allowed (OpenAPI <c>integer</c>).</param>
public sealed record NumberSchema(bool WholeOnly) : Schema;

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
public sealed record BooleanSchema : Schema;

/// <summary>A JSON array.</summary>
/// <param name="Items">The schema of every item.</param>
/// <param name="MinItems">The fewest items.</param>
/// <param name="MaxItems">The most items, if limited.</param>
public sealed record ArraySchema(Schema Items, int MinItems = 0, int? MaxItems = null) : Schema;

/// <summary>A JSON object.</summary>
/// <param name="Members">The members the spec defines, in its order.</param>
/// <param name="Closed">True when the spec allows no other members (<c>additionalProperties: false</c>).</param>
public sealed record ObjectSchema(EquatableList<Member> Members, bool Closed) : Schema;

/// <summary>A reference to a shared definition of a <see cref="SchemaSet"/>, by name.</summary>
/// <param name="Name">The definition's name, e.g. <c>OBActiveOrHistoricCurrencyAndAmount</c>.</param>
public sealed record RefSchema(string Name) : Schema;

/// <summary>A member of an object.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Required">True when it must be present.</param>
/// <param name="Schema">Its value's schema.</param>
public sealed record Member(string Name, bool Required, Schema Schema);
