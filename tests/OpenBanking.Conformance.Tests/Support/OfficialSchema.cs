using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Specs;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>A body judged directly by the official OpenAPI document of its operation, as the schema rules judge it: invalid values and unknown members.</summary>
public static class OfficialSchema
{
    /// <summary>What <paramref name="schema"/> of <paramref name="operation"/>'s document finds in <paramref name="body"/>, at paths under <paramref name="path"/>.</summary>
    public static IReadOnlyList<Finding> Findings(SpecOperation operation, string schema, JsonNode? body, string path)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var schemas = SpecDocuments.Of(operation).Schemas;
        return [.. schemas.Validate(schema, body, path), .. schemas.UnknownMembers(schema, body, path)];
    }
}
