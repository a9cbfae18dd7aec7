using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Replay;

/// <summary>
/// Compares a request with its recording, place by place (see <see cref="ReplayPath"/> for the places): method, origin,
/// path, every query parameter, every header, and the body's kind and structure down to each value. Names are
/// compared as sets (order does not matter), repeated names and JSON arrays in order. JWTs are compared by header,
/// payload and signature; URLs with a query or fragment by their parts. A difference is excused only where a
/// <see cref="ReplayTolerance"/> covers it and accepts the value sent (any one of those that cover it). Pure.
/// </summary>
public static class ReplayComparison
{
    private const int Shown = 100;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every difference between <paramref name="recorded"/> and <paramref name="sent"/>; empty when they match.</summary>
    public static IReadOnlyList<ReplayDifference> Compare(RecordedRequest recorded, RecordedRequest sent, IReadOnlyList<ReplayTolerance> tolerances)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(tolerances);
        var differences = new List<ReplayDifference>();
        var request = ReplayPath.Root.Member("request");
        var comparison = new Comparison(tolerances, differences);
        var withBody = Kind(recorded.Body) == Kind(sent.Body);
        comparison.Diff(Tree(recorded, withBody, comparison.Jwts), Tree(sent, withBody, comparison.Jwts), request);
        if (!withBody)
        {
            // Comparing a form with a JSON document member by member would only confuse: say it once.
            differences.Add(new ReplayDifference(request.Member("body"), Kind(recorded.Body), Kind(sent.Body)));
        }

        return differences;
    }

    /// <summary>The request as the comparison sees it: the tree <see cref="ReplayPath"/> describes.</summary>
    public static JsonObject Tree(RecordedRequest request, bool withBody = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Tree(request, withBody, new HashSet<JsonObject>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>The tree, every decoded JWT in it (an object of header, payload and signature) added to <paramref name="jwts"/>.</summary>
    private static JsonObject Tree(RecordedRequest request, bool withBody, HashSet<JsonObject> jwts)
    {
        var tree = new JsonObject
        {
            ["method"] = request.Method,
            ["origin"] = request.Url.GetLeftPart(UriPartial.Authority),
            ["path"] = request.Url.AbsolutePath,
            ["query"] = Parameters(request.Query, jwts),
            ["headers"] = Parameters(request.Headers.Select(h => KeyValuePair.Create(h.Key.ToLowerInvariant(), h.Value)), jwts),
        };
        if (withBody)
        {
            tree["body"] = request.Body switch
            {
                RecordedBody.Form form => Parameters(form.Fields, jwts),
                RecordedBody.Json json => Expanded(json.Value, jwts),
                RecordedBody.Text text => JsonValue.Create(text.Value),
                _ => null,
            };
        }

        return tree;
    }

    /// <summary>A value as a difference shows it: JSON, strings quoted, cut after 100 characters.</summary>
    public static string Show(JsonNode? value)
    {
        var text = value is null ? "null" : value.ToJsonString(Compact);
        return text.Length <= Shown ? text : text[..Shown] + "…";
    }

    private static string Kind(RecordedBody body) => body switch
    {
        RecordedBody.Form => "a form body",
        RecordedBody.Json => "a JSON body",
        RecordedBody.Text => "a text body",
        _ => "no body",
    };

    /// <summary>One comparison: the tolerances, the differences found so far, and the JWTs its two trees decoded.</summary>
    private sealed class Comparison(IReadOnlyList<ReplayTolerance> tolerances, List<ReplayDifference> differences)
    {
        public HashSet<JsonObject> Jwts { get; } = new(ReferenceEqualityComparer.Instance);

        public void Diff(JsonNode? recorded, JsonNode? sent, ReplayPath path)
        {
            switch (recorded, sent)
            {
                case (JsonObject r, JsonObject s):
                    // The members of two decoded JWTs are their parts, which patterns can tell from JSON members.
                    var jwt = Jwts.Contains(r) && Jwts.Contains(s);
                    foreach (var (name, value) in r)
                    {
                        var place = jwt ? path.JwtPart(name) : path.Member(name);
                        if (s.TryGetPropertyValue(name, out var other))
                        {
                            Diff(value, other, place);
                        }
                        else
                        {
                            differences.Add(new ReplayDifference(place, Show(value), ReplayDifference.Absent));
                        }
                    }

                    differences.AddRange(s.Where(m => !r.ContainsKey(m.Key)).Select(m => new ReplayDifference(path.Member(m.Key), ReplayDifference.Absent, Show(m.Value))));
                    break;

                case (JsonArray r, JsonArray s):
                    for (var i = 0; i < Math.Max(r.Count, s.Count); i++)
                    {
                        if (i >= s.Count)
                        {
                            differences.Add(new ReplayDifference(path.Index(i), Show(r[i]), ReplayDifference.Absent));
                        }
                        else if (i >= r.Count)
                        {
                            differences.Add(new ReplayDifference(path.Index(i), ReplayDifference.Absent, Show(s[i])));
                        }
                        else
                        {
                            Diff(r[i], s[i], path.Index(i));
                        }
                    }

                    break;

                default:
                    if (JsonNode.DeepEquals(recorded, sent))
                    {
                        break;
                    }

                    // Every tolerance that covers the place is asked: one that accepts the value excuses it.
                    var covering = tolerances.Where(t => t.Covers(path)).ToList();
                    if (covering.Count == 0)
                    {
                        differences.Add(new ReplayDifference(path, Show(recorded), Show(sent)));
                    }
                    else if (sent is null || !covering.Any(t => t.Accepts(recorded, sent)))
                    {
                        differences.Add(new ReplayDifference(path, string.Join(" or ", covering.Select(t => $"{t.Allows} (tolerance {t.Name})")), Show(sent)));
                    }

                    break;
            }
        }
    }

    /// <summary>Name → value, in first-seen order; a name that repeats holds an array of its values.</summary>
    private static JsonObject Parameters(IEnumerable<KeyValuePair<string, string>> pairs, HashSet<JsonObject> jwts)
    {
        var parameters = new JsonObject();
        foreach (var group in pairs.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var values = group.Select(p => Expanded(p.Value, jwts)).ToList();
            parameters[group.Key] = values.Count == 1 ? values[0] : new JsonArray([.. values]);
        }

        return parameters;
    }

    /// <summary>A JSON value with every string that is a JWT or a URL with a query taken apart.</summary>
    private static JsonNode? Expanded(JsonNode? node, HashSet<JsonObject> jwts) => node switch
    {
        JsonObject o => new JsonObject(o.Select(m => KeyValuePair.Create(m.Key, Expanded(m.Value, jwts)))),
        JsonArray a => new JsonArray([.. a.Select(item => Expanded(item, jwts))]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Expanded(v.GetValue<string>(), jwts),
        _ => node?.DeepClone(),
    };

    private static JsonNode Expanded(string value, HashSet<JsonObject> jwts) => (JsonNode?)Jws(value, jwts) ?? (JsonNode?)Url(value, jwts) ?? JsonValue.Create(value);

    /// <summary>A compact JWS (or one with a detached payload) as header, payload and signature, noted in <paramref name="jwts"/>; null when it is not one.</summary>
    private static JsonObject? Jws(string value, HashSet<JsonObject> jwts)
    {
        var parts = value.Split('.');
        if (parts.Length != 3 || Decoded(parts[0]) is not JsonObject header || header["alg"] is null)
        {
            return null;
        }

        JsonNode? payload = parts[1].Length == 0 ? JsonValue.Create("") : Decoded(parts[1]);
        if (payload is null)
        {
            return null;
        }

        var jwt = new JsonObject { ["header"] = header, ["payload"] = payload, ["signature"] = parts[2] };
        jwts.Add(jwt);
        return jwt;
    }

    /// <summary>A base64url part of a JWS as JSON; null when it is not (or an object in it repeats a member).</summary>
    private static JsonNode? Decoded(string part)
    {
        try
        {
            return Base64Url.IsValid(part) ? WireFormats.ParseJson(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(part))) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An absolute http(s) URL with a query or fragment, taken apart; null for anything else.</summary>
    private static JsonObject? Url(string value, HashSet<JsonObject> jwts)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || (url.Query.Length == 0 && url.Fragment.Length == 0))
        {
            return null;
        }

        var parts = new JsonObject { ["origin"] = url.GetLeftPart(UriPartial.Authority), ["path"] = url.AbsolutePath };
        if (url.Query.Length > 0)
        {
            parts["query"] = Parameters(Core.Http.FormUrlEncoding.Decode(url.Query.TrimStart('?')), jwts);
        }

        if (url.Fragment.Length > 0)
        {
            parts["fragment"] = Parameters(Core.Http.FormUrlEncoding.Decode(url.Fragment.TrimStart('#')), jwts);
        }

        return parts;
    }
}
