using System.Text.Json.Nodes;

namespace OpenBanking.Conformance;

/// <summary>
/// A parsed JSON value that is equal to another when <see cref="JsonNode.DeepEquals"/> says so (same members and items,
/// member order aside); a <see cref="JsonNode"/> itself compares by reference. A record keeps its JSON in a field of
/// this type, behind a <see cref="JsonNode"/> property, and gets its equality from the compiler.
/// </summary>
/// <param name="node">The value (null for a JSON <c>null</c>).</param>
internal readonly struct EquatableJsonNode(JsonNode? node) : IEquatable<EquatableJsonNode>
{
    /// <summary>The value (null for a JSON <c>null</c>).</summary>
    public JsonNode? Node { get; } = node;

    public static bool operator ==(EquatableJsonNode left, EquatableJsonNode right) => left.Equals(right);

    public static bool operator !=(EquatableJsonNode left, EquatableJsonNode right) => !left.Equals(right);

    /// <summary>True when both are deeply equal JSON values.</summary>
    public bool Equals(EquatableJsonNode other) => JsonNode.DeepEquals(Node, other.Node);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableJsonNode other && Equals(other);

    // Only the kind: deeply equal values share it, and hashing a whole document for a dictionary key is not worth it.
    /// <inheritdoc />
    public override int GetHashCode() => Node is null ? 0 : (int)Node.GetValueKind() + 1;

    /// <inheritdoc />
    public override string ToString() => Node?.ToJsonString() ?? "null";
}
