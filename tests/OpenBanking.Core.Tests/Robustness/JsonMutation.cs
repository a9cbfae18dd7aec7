using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace OpenBanking.Core.Tests.Robustness;

/// <summary>
/// Mutated JSON bodies from a valid seed: members removed, values swapped for other types, nulls, huge and negative
/// numbers, deep nesting, lone surrogate escapes, members written twice, truncation and bytes that are not UTF-8.
/// Shared by the Core and Conformance robustness tests (the Conformance project links this file).
/// </summary>
internal static class JsonMutation
{
    // Values a node can be swapped for; markers are replaced in the text by what a JsonNode cannot hold.
    private const string LoneSurrogate = "@@lone@@";
    private const string Deep = "@@deep@@";
    private const string Duplicate = "@@dup@@";
    private const string HugeNumber = "@@huge@@";

    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null, () => JsonValue.Create(true), () => JsonValue.Create(0), () => JsonValue.Create(-1),
        () => JsonValue.Create(-5), () => JsonValue.Create(long.MaxValue), () => JsonValue.Create(-1e308),
        () => JsonValue.Create(2.5e11), () => JsonValue.Create(""), () => JsonValue.Create(LoneSurrogate),
        () => JsonValue.Create(Deep), () => JsonValue.Create(HugeNumber), () => new JsonArray(), () => new JsonObject(),
        () => JsonValue.Create("not-a-date"), () => JsonValue.Create("9999-12-31T23:59:59+00:00"), () => JsonValue.Create(new string('x', 5000)),
        () => new JsonArray(JsonValue.Create("a"), null), () => JsonValue.Create("\u0000\u001f\u2028"),
    ];

    /// <summary>One change to a document; the numbers pick the node and what it becomes.</summary>
    public sealed record Change(int Kind, int Node, int Value);

    /// <summary>One to three changes.</summary>
    public static Gen<Change[]> Changes { get; } =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 100_000], Gen.Int[0, 100_000], (kind, node, value) => new Change(kind, node, value)).Array[1, 3];

    /// <summary>The paths of every node in <paramref name="json"/>, in document order (<c>$.Data.Account[0].AccountId</c>).</summary>
    public static IReadOnlyList<string> Paths(string json) => Nodes(JsonNode.Parse(json)).Select(n => n.GetPath()).ToList();

    /// <summary>
    /// Bytes as the text a reader of strings gets: decoded as UTF-8 (bad bytes become U+FFFD) and, when
    /// <paramref name="at"/> is not negative, an unpaired surrogate character put in at that place.
    /// </summary>
    public static string Text(byte[] bytes, int at)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return at < 0 ? text : text.Insert(at % (text.Length + 1), "\ud800");
    }

    /// <summary>The seed with <paramref name="changes"/> applied, as bytes (some are not UTF-8 on purpose).</summary>
    /// <param name="seed">The valid document.</param>
    /// <param name="changes">The changes.</param>
    /// <param name="removed">
    /// A path removed first; the changes then leave alone everything on the way to it and remove nothing, so whatever
    /// they do, the document still lacks it.
    /// </param>
    public static byte[] Apply(string seed, IEnumerable<Change> changes, string? removed = null)
    {
        var root = JsonNode.Parse(seed);
        if (removed is not null)
        {
            Remove(Nodes(root).Single(n => n.GetPath() == removed));
        }

        var byteChanges = new List<Change>();
        foreach (var change in changes)
        {
            // With a member removed, nothing may remove more or rename one on the way to it: a replaced byte could turn
            // "Account" into "Acco?nt", an unknown member, and the page would rightly read as empty.
            if (removed is not null && change.Kind is 0 or 1 or 9)
            {
                continue;
            }

            if (change.Kind >= 7)
            {
                byteChanges.Add(change);
                continue;
            }

            var nodes = Nodes(root).Where(n => n.Parent is not null && (removed is null || !IsOnTheWayTo(n.GetPath(), removed))).ToList();
            if (nodes.Count == 0)
            {
                continue;
            }

            var node = nodes[change.Node % nodes.Count];
            switch (change.Kind)
            {
                case 0 or 1:
                    Remove(node);
                    break;
                case 2 or 3 or 4:
                    Replace(node, Replacements[change.Value % Replacements.Length]());
                    break;
                case 5:
                    if (node.Parent is JsonObject parent && node.GetPropertyName() is var name && !parent.ContainsKey(Duplicate + name))
                    {
                        parent[Duplicate + name] = JsonValue.Create(change.Value);
                    }

                    break;
                default:
                    if (node.Parent is JsonObject wrapper)
                    {
                        wrapper[node.GetPropertyName()] = new JsonArray(node.DeepClone());
                    }

                    break;
            }
        }

        var text = root?.ToJsonString() ?? "null";
        text = text.Replace($"\"{LoneSurrogate}\"", "\"\\udfff\"", StringComparison.Ordinal)
            .Replace($"\"{Deep}\"", new string('[', 200) + new string(']', 200), StringComparison.Ordinal)
            .Replace($"\"{HugeNumber}\"", "1e400", StringComparison.Ordinal)
            .Replace($"\"{Duplicate}", "\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var change in byteChanges)
        {
            bytes = change.Kind switch
            {
                7 => bytes[..(change.Node % (bytes.Length + 1))],
                8 => [.. bytes[..(change.Node % (bytes.Length + 1))], (byte)(0x80 + (change.Value % 0x80)), .. bytes[(change.Node % (bytes.Length + 1))..]],
                _ => bytes.Length == 0 ? bytes : Flip(bytes, change.Node % bytes.Length, (byte)change.Value),
            };
        }

        return bytes;
    }

    // "$.Data" is on the way to "$.Data.Account[0].AccountId"; "$.Data.Account[1]" is not.
    private static bool IsOnTheWayTo(string path, string removed) =>
        removed.StartsWith(path, StringComparison.Ordinal) && (removed.Length == path.Length || removed[path.Length] is '.' or '[');

    private static byte[] Flip(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj.Remove(node.GetPropertyName());
                break;
            case JsonArray array:
                array.RemoveAt(node.GetElementIndex());
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj[node.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = value;
                break;
        }
    }

    private static List<JsonNode> Nodes(JsonNode? root)
    {
        var all = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            all.Add(node);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var member in obj.ToList())
                    {
                        Walk(member.Value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array.ToList())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(root);
        return all;
    }
}
