using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Rules;
using OpenBanking.Core;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// The schemas of one OpenAPI document as a JSON Schema 2020-12 document (see <see cref="Specs.SpecDocument.Schemas"/>),
/// validated by JsonSchema.Net. Validation is pure and total: any JSON gives a (possibly empty) list of findings, each at
/// its JSON path, in words a developer reads; never an exception.
/// </summary>
public sealed class SchemaSet
{
    private static readonly FormatRegistry ObieFormats = SchemaFindings.Formats();

    /// <summary>
    /// Valid or not, nothing more: most bodies are valid, and the list of what failed is asked for only when one is not.
    /// No annotations are collected: no translated schema has a keyword that reads them (unevaluatedProperties, ...).
    /// </summary>
    private static readonly EvaluationOptions FlagOnly = Flag();

    private static EvaluationOptions Flag()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true, FormatRegistry = ObieFormats };
        options.IgnoreAllAnnotations();
        return options;
    }

    private readonly JsonObject document;
    private readonly JsonObject definitions;
    private readonly Uri id;
    private readonly BuildOptions buildOptions;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, JsonSchema> built = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<JsonNode, Evaluated> evaluated = [];

    /// <summary>A set called <paramref name="name"/> in reports, made of <paramref name="jsonSchema"/>'s <c>$defs</c>.</summary>
    /// <param name="name">What the set is, e.g. "Account and Transaction API Specification v3.1.11".</param>
    /// <param name="jsonSchema">A JSON Schema 2020-12 document with an absolute <c>$id</c> and the schemas as <c>$defs</c>.</param>
    public SchemaSet(string name, JsonObject jsonSchema)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(jsonSchema);
        Name = name;
        document = jsonSchema;
        definitions = jsonSchema["$defs"] as JsonObject ?? [];
        id = new Uri(jsonSchema["$id"]?.GetValue<string>() ?? throw new ArgumentException("the schema document has no $id", nameof(jsonSchema)));
        buildOptions = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        _ = JsonSchema.Build(ToElement(jsonSchema), buildOptions, id);
    }

    /// <summary>What the set is, e.g. "Account and Transaction API Specification v3.1.11".</summary>
    public string Name { get; }

    /// <summary>The names of its schemas, e.g. <c>OBReadAccount6</c>.</summary>
    public IEnumerable<string> Names => definitions.Select(d => d.Key);

    /// <summary>True when the set defines <paramref name="name"/>.</summary>
    public bool Defines(string name) => definitions.ContainsKey(name);

    /// <summary>
    /// Every way <paramref name="value"/> breaks the schema <paramref name="schemaName"/>, each at its JSON path under
    /// <paramref name="path"/> (e.g. <c>$.response.body.Data.Account[0].Currency</c>). Members the spec does not define
    /// are left to <see cref="UnknownMembers(string, JsonNode?, string)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The set does not define <paramref name="schemaName"/>: a mistake in the caller, not in the JSON.</exception>
    public IReadOnlyList<Finding> Validate(string schemaName, JsonNode? value, string path) => Evaluate(schemaName, value, path).Invalid;

    /// <summary>
    /// The members of <paramref name="value"/> that the schema <paramref name="schemaName"/> does not define, in objects
    /// the spec closes (<c>additionalProperties: false</c>), each at its JSON path.
    /// </summary>
    /// <exception cref="ArgumentException">The set does not define <paramref name="schemaName"/>.</exception>
    public IReadOnlyList<Finding> UnknownMembers(string schemaName, JsonNode? value, string path) => Evaluate(schemaName, value, path).Unknown;

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>
    /// <see cref="Validate(string, JsonNode?, string)"/> within one check: a body the recording has already had judged by
    /// the same schema at the same path (the same accounts read again, the same page of transactions) is judged once.
    /// </summary>
    internal IReadOnlyList<Finding> Validate(string schemaName, JsonNode? value, string path, RecordingFacts facts) => Evaluate(schemaName, value, path, facts).Invalid;

    /// <summary><see cref="UnknownMembers(string, JsonNode?, string)"/> within one check (see <see cref="Validate(string, JsonNode?, string, RecordingFacts)"/>).</summary>
    internal IReadOnlyList<Finding> UnknownMembers(string schemaName, JsonNode? value, string path, RecordingFacts facts) => Evaluate(schemaName, value, path, facts).Unknown;

    private Evaluated Evaluate(string schemaName, JsonNode? value, string path, RecordingFacts? facts = null)
    {
        ArgumentNullException.ThrowIfNull(schemaName);
        ArgumentNullException.ThrowIfNull(path);
        if (!Defines(schemaName))
        {
            throw new ArgumentException($"{Name} defines no schema '{schemaName}'", nameof(schemaName));
        }

        // Two rules ask about the same body (its errors, then its unknown members): it is evaluated once.
        if (value is not null && evaluated.TryGetValue(value, out var known) && known.Schema == schemaName && known.Path == path)
        {
            return known;
        }

        // The findings depend on the body's content, the schema and the path alone: within a check, a body with the same
        // text is judged once (the recording keeps what was judged; nothing outlives the check).
        var text = Utf8(value);
        var result = facts is null
            ? Judge(schemaName, text, value, path)
            : facts.Index(this, _ => new ConcurrentDictionary<Judged, Evaluated>())
                .GetOrAdd(new Judged(schemaName, path, text), judged => Judge(judged.Schema, text, value, judged.Path));
        if (value is not null)
        {
            evaluated.AddOrUpdate(value, result);
        }

        return result;
    }

    private Evaluated Judge(string schemaName, byte[] text, JsonNode? value, string path)
    {
        using var parsed = JsonDocument.Parse(text);
        var instance = parsed.RootElement;

        // JsonSchema.Net 8's SchemaRegistry is a plain Dictionary (made thread-safe only in 9.x): building a schema writes
        // it and evaluating one reads it, so one set judges one body at a time (sets are shared across threads).
        lock (gate)
        {
            return JudgeAlone(schemaName, instance, value, path);
        }
    }

    private Evaluated JudgeAlone(string schemaName, JsonElement instance, JsonNode? value, string path)
    {
        var schema = built.GetOrAdd(schemaName, Build);
        try
        {
            return schema.Evaluate(instance, FlagOnly).IsValid
                ? new Evaluated(schemaName, path, [], [])
                : Explain(schemaName, schema, instance, value, path);
        }
        catch (RefResolutionException e)
        {
            // A reference to a schema the set lacks: the schemas are broken, whatever the JSON.
            throw new InvalidOperationException($"{Name}: {schemaName} refers to a schema the set does not define ({e.Message})", e);
        }
    }

    private Evaluated Explain(string schemaName, JsonSchema schema, JsonElement instance, JsonNode? value, string path)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true, FormatRegistry = ObieFormats };
        var results = schema.Evaluate(instance, options);
        var findings = new SchemaFindings(document, value, path);
        findings.AddAll(results.Details ?? []);
        return new Evaluated(schemaName, path, findings.Invalid, findings.Unknown);
    }

    private JsonSchema Build(string schemaName)
    {
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{id}/{schemaName}",
            ["$ref"] = $"{id}#/$defs/{schemaName}",
        };
        return JsonSchema.Build(ToElement(wrapper), buildOptions, new Uri($"{id}/{schemaName}"));
    }

    private static JsonElement ToElement(JsonNode? node)
    {
        using var parsed = JsonDocument.Parse(Utf8(node));
        return parsed.RootElement.Clone();
    }

    private static byte[] Utf8(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A body as judged: the schema, the path and the body's text, equal when all three are.</summary>
    private sealed record Judged(string Schema, string Path, EquatableBytes Text);

    private sealed record Evaluated(string Schema, string Path, IReadOnlyList<Finding> Invalid, IReadOnlyList<Finding> Unknown);
}
