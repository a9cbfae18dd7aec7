using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>Breaks a JSON document in one place: <c>Data.Account[0].Currency</c> set to a value, or removed.</summary>
public static partial class JsonEdit
{
    public const string Remove = "<remove>";

    /// <summary>
    /// Sets (or, with <see cref="Remove"/>, removes) the member or item at <paramref name="path"/> to the JSON
    /// <paramref name="json"/>; an index one past the end appends.
    /// </summary>
    public static JsonNode Set(JsonNode root, string path, string json)
    {
        ArgumentNullException.ThrowIfNull(root);
        var steps = Step().Matches(path).Select(m => m.Value).ToList();
        var parent = steps.SkipLast(1).Aggregate(root, (node, step) => Child(node, step) ?? throw new ArgumentException($"{path}: no {step}"));
        var last = steps[^1];
        var value = json == Remove ? null : JsonNode.Parse(json);
        if (last.StartsWith('['))
        {
            var array = parent.AsArray();
            var index = Index(last);
            if (json == Remove)
            {
                array.RemoveAt(index);
            }
            else if (index == array.Count)
            {
                array.Add(value);
            }
            else
            {
                array[index] = value;
            }
        }
        else if (json == Remove)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent.AsObject()[last] = value;
        }

        return root;
    }

    private static JsonNode? Child(JsonNode node, string step) => step.StartsWith('[') ? node.AsArray()[Index(step)] : node.AsObject()[step];

    private static int Index(string step) => int.Parse(step.Trim('[', ']'), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[^.\[\]]+|\[[0-9]+\]")]
    private static partial Regex Step();
}
