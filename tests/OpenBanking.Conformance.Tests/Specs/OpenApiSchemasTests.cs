using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Schemas;
using OpenBanking.Conformance.Specs;

namespace OpenBanking.Conformance.Tests.Specs;

/// <summary>What OpenAPI 3.0 adds to JSON Schema, as the validator is given it: nullable, x-namespaced-enum, date-time, $ref.</summary>
public class OpenApiSchemasTests
{
    private const string Root = "$";

    private static readonly SchemaSet Set = new("test", OpenApiSchemas.ToJsonSchema(JsonNode.Parse("""
        {"openapi": "3.0.0", "components": {"schemas": {
          "Thing": {"type": "object", "required": ["Code", "At"], "additionalProperties": false, "properties": {
            "Code": {"$ref": "#/components/schemas/Code"},
            "Note": {"type": "string", "nullable": true, "example": "kept out"},
            "Name": {"type": "string"},
            "At": {"type": "string", "format": "date-time"}}},
          "Code": {"type": "string", "x-namespaced-enum": ["UK.OBIE.Alpha", "UK.OBIE.Beta"]}}}}
        """)!.AsObject(), new Uri("https://openbanking-fx.invalid/tests/openapi")));

    private static List<string> Findings(string json) =>
        [.. Set.Validate("Thing", JsonNode.Parse(json), Root).Select(f => $"{f.Path}: {f.Detail}")];

    [Test]
    public void A_value_that_keeps_every_rule_has_no_finding() =>
        Assert.That(Findings("""{"Code": "UK.OBIE.Alpha", "Note": "n", "Name": "x", "At": "2026-11-23T12:00:00+01:00"}"""), Is.Empty);

    [Test]
    public void Nullable_allows_null_only_where_the_document_says_so() =>
        Assert.That(Findings("""{"Code": "UK.OBIE.Alpha", "Note": null, "Name": null, "At": "2026-11-23T12:00:00Z"}"""),
            Is.EqualTo(new[] { "$.Name: is null, expected a string" }));

    [TestCase("GB.MyBank.Gamma", null)]
    [TestCase("UK.OBIE.Gamma", "$.Code: 'UK.OBIE.Gamma' is not a value the spec defines in the UK.OBIE namespace (UK.OBIE.Alpha, UK.OBIE.Beta)")]
    [TestCase("Alpha", "$.Code: 'Alpha' is not namespaced: use one of UK.OBIE.Alpha, UK.OBIE.Beta, or a value in the bank's own namespace (CC.BankName.Value)")]
    public void A_namespaced_enumeration_allows_the_spec_values_and_other_namespaces_only(string code, string? finding) =>
        Assert.That(Findings($$"""{"Code": "{{code}}", "At": "2026-11-23T12:00:00Z"}"""), Is.EqualTo(finding is null ? Array.Empty<string>() : new[] { finding }));

    [TestCase("2026-11-23T12:00:00")]
    [TestCase("2026-11-23")]
    [TestCase("23/11/2026 12:00")]
    public void A_date_time_needs_a_time_zone(string at) =>
        Assert.That(Findings($$"""{"Code": "UK.OBIE.Beta", "At": "{{at}}"}"""),
            Is.EqualTo(new[] { $"$.At: '{at}' is not an ISO 8601 date-time with a time zone, e.g. 2017-04-05T10:43:07+00:00" }));

    [Test]
    public void Members_the_document_closes_out_are_listed_apart_from_the_findings()
    {
        var body = JsonNode.Parse("""{"Code": "UK.OBIE.Beta", "At": "2026-11-23T12:00:00Z", "Colour": "blue"}""");

        Assert.Multiple(() =>
        {
            Assert.That(Set.Validate("Thing", body, Root), Is.Empty);
            Assert.That(Set.UnknownMembers("Thing", body, Root).Select(f => $"{f.Path}: {f.Detail}"), Is.EqualTo(new[] { "$.Colour: 'Colour' is not a member the spec defines here" }));
        });
    }
}
