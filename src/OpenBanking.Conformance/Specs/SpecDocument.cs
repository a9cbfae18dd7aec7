using System.Globalization;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Schemas;
using OpenBanking.Core;

namespace OpenBanking.Conformance.Specs;

/// <summary>
/// One of the OBIE's v3.1.11 OpenAPI documents, shipped inside this library (see <see cref="SpecDocuments"/>): its
/// operations and its schemas. Read once, on first use.
/// </summary>
public sealed class SpecDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly Lazy<JsonObject> openApi;
    private readonly Lazy<IReadOnlyList<SpecOperation>> operations;
    private readonly Lazy<SchemaSet> schemas;

    internal SpecDocument(string id, string resource)
    {
        Id = id;
        Resource = resource;
        openApi = new(() => SpecDocuments.ReadResource(resource));
        operations = new(ReadOperations);
        schemas = new(() => new SchemaSet($"{Title} v{Version}", OpenApiSchemas.ToJsonSchema(openApi.Value, new Uri($"https://openbanking-fx.invalid/specs/v3.1.11/{id}"))));
    }

    /// <summary>The document's short name, e.g. <c>account-info</c>, <c>payment-initiation</c>, <c>vrp</c>.</summary>
    public string Id { get; }

    /// <summary>The embedded resource's file name, e.g. <c>account-info-openapi.json</c>.</summary>
    public string Resource { get; }

    /// <summary>The document's title (<c>info.title</c>), e.g. "Account and Transaction API Specification".</summary>
    public string Title => openApi.Value["info"]?["title"]?.GetValue<string>() ?? Id;

    /// <summary>The document's version (<c>info.version</c>), e.g. <c>3.1.11</c>.</summary>
    public string Version => openApi.Value["info"]?["version"]?.GetValue<string>() ?? "";

    /// <summary>The base path of its operations (<c>servers[0].url</c>), e.g. <c>/open-banking/v3.1/aisp</c>.</summary>
    public string BasePath => openApi.Value["servers"]?[0]?["url"]?.GetValue<string>() ?? "/open-banking/v3.1";

    /// <summary>Its operations, in document order.</summary>
    public IReadOnlyList<SpecOperation> Operations => operations.Value;

    /// <summary>Its schemas (<c>components.schemas</c>), for validating bodies.</summary>
    public SchemaSet Schemas => schemas.Value;

    /// <summary>The document as published (a copy: changing it changes nothing here).</summary>
    public JsonObject OpenApi() => (JsonObject)openApi.Value.DeepClone();

    /// <inheritdoc/>
    public override string ToString() => Id;

    /// <summary>
    /// The API an operation belongs to: the base path's last segment (<c>aisp</c>, <c>pisp</c>, <c>cbpii</c>), or the
    /// document's own name for the documents served from the version root (<c>events</c>, <c>event-notifications</c>).
    /// </summary>
    private string Api()
    {
        var last = BasePath.TrimEnd('/').Split('/')[^1];
        return last is "aisp" or "pisp" or "cbpii" ? last : Id;
    }

    private List<SpecOperation> ReadOperations()
    {
        var document = openApi.Value;
        var api = Api();
        var found = new List<SpecOperation>();
        foreach (var (template, item) in document["paths"] as JsonObject ?? [])
        {
            foreach (var method in Methods)
            {
                if (item?[method] is not JsonObject operation)
                {
                    continue;
                }

                var responses = (operation["responses"] as JsonObject ?? []).ToDictionary(
                    r => int.Parse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture),
                    r => Resolve(document, r.Value) as JsonObject);
                var statuses = responses.Keys.Order().ToList();
                var success = statuses.FirstOrDefault(s => s is >= 200 and < 300);
                var headers = (operation["parameters"] as JsonArray ?? [])
                    .Concat(item["parameters"] as JsonArray ?? [])
                    .Select(p => Resolve(document, p) as JsonObject)
                    .Where(p => p?["in"]?.GetValue<string>() == "header" && p["required"]?.GetValue<bool>() == true)
                    .Select(p => p!["name"]!.GetValue<string>().ToLowerInvariant())
                    .Where(name => name != "authorization")
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var responseSchemas = responses
                    .Select(r => (Status: r.Key, Schema: BodySchema(document, r.Value)))
                    .Where(r => r.Schema is not null)
                    .ToDictionary(r => r.Status, r => r.Schema!);
                found.Add(new SpecOperation(
                    Id,
                    api,
                    method.ToUpperInvariant(),
                    template,
                    success,
                    [.. statuses],
                    [.. headers],
                    BodySchema(document, Resolve(document, operation["requestBody"]) as JsonObject),
                    responseSchemas.ToEquatableDictionary()));
            }
        }

        return found;
    }

    /// <summary>
    /// The schema name of a request body or response: the one its JSON media types name (they all name the same one in
    /// these documents; a document where they differ is a mistake this library would need to learn about).
    /// </summary>
    private static string? BodySchema(JsonObject document, JsonObject? message)
    {
        var names = (message?["content"] as JsonObject ?? [])
            .Where(c => SpecDocuments.IsJsonMediaType(c.Key))
            .Select(c => SchemaName(c.Value?["schema"]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names switch
        {
            // Files (statement files, payment files and reports) are labelled application/json with an empty object schema,
            // File; they are whatever format the bank or the payment scheme uses, so there is nothing here to judge.
            [] or ["File"] => null,
            [var one] => one,
            _ => throw new InvalidOperationException($"a body names more than one schema ({string.Join(", ", names)})"),
        };
    }

    private static string? SchemaName(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? reference["#/components/schemas/".Length..]
            : null;

    /// <summary>A local reference (<c>#/components/…</c>) followed to what it names; anything else is itself.</summary>
    private static JsonNode? Resolve(JsonObject document, JsonNode? node)
    {
        for (var hops = 0; hops < 8 && node?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/", StringComparison.Ordinal)
            && !reference.StartsWith("#/components/schemas/", StringComparison.Ordinal); hops++)
        {
            node = reference[2..].Split('/').Aggregate((JsonNode?)document, (at, part) => at?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]);
        }

        return node;
    }
}
