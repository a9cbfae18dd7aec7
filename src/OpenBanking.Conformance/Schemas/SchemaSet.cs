using System.Text.Json.Nodes;
using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// Named schemas that refer to each other by <see cref="RefSchema"/>, and the validation of JSON against them.
/// Validation is pure and total: any JSON gives a (possibly empty) list of findings, never an exception.
/// </summary>
public sealed class SchemaSet
{
    private readonly Dictionary<string, Schema> definitions;

    /// <summary>A set of <paramref name="definitions"/>, called <paramref name="name"/> in reports.</summary>
    public SchemaSet(string name, IEnumerable<KeyValuePair<string, Schema>> definitions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(definitions);
        Name = name;
        this.definitions = new Dictionary<string, Schema>(definitions, StringComparer.Ordinal);
    }

    /// <summary>What the set is, e.g. "Account and Transaction API v3.1.11".</summary>
    public string Name { get; }

    /// <summary>The definitions by name.</summary>
    public IReadOnlyDictionary<string, Schema> Definitions => definitions;

    /// <summary>True when the set defines <paramref name="name"/>.</summary>
    public bool Defines(string name) => definitions.ContainsKey(name);

    /// <summary>The schema a reference stands for (any other schema is itself).</summary>
    /// <exception cref="InvalidOperationException">The reference names no definition: a mistake in the set, not in the JSON.</exception>
    public Schema Resolve(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var seen = 0;
        while (schema is RefSchema reference)
        {
            schema = definitions.TryGetValue(reference.Name, out var target) && seen++ < definitions.Count
                ? target
                : throw new InvalidOperationException($"{Name}: the reference '{reference.Name}' names no definition (or refers to itself)");
        }

        return schema;
    }

    /// <summary>
    /// Every way <paramref name="value"/> breaks the definition <paramref name="schemaName"/>, each at its JSON path
    /// under <paramref name="path"/> (e.g. <c>$.response.body.Data.Account[0].Currency</c>). Members the spec does not
    /// define are allowed here; <see cref="UnknownMembers"/> lists them.
    /// </summary>
    public IReadOnlyList<Finding> Validate(string schemaName, JsonNode? value, string path) =>
        Validate(new RefSchema(schemaName), value, path);

    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, at its JSON path under <paramref name="path"/>.</summary>
    public IReadOnlyList<Finding> Validate(Schema schema, JsonNode? value, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var findings = new List<Finding>();
        new SchemaWalker(this, findings, unknownMembers: false).Walk(schema, value, path);
        return findings;
    }

    /// <summary>
    /// The members of <paramref name="value"/> that the definition <paramref name="schemaName"/> does not define, in
    /// objects the spec closes (<c>additionalProperties: false</c>), each at its JSON path.
    /// </summary>
    public IReadOnlyList<Finding> UnknownMembers(string schemaName, JsonNode? value, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var findings = new List<Finding>();
        new SchemaWalker(this, findings, unknownMembers: true).Walk(new RefSchema(schemaName), value, path);
        return findings;
    }
}
