using System.Globalization;
using OpenBanking.Core;

namespace OpenBanking.Conformance.Replay;

/// <summary>
/// A place in a request as the replay compares it, written as a JSON path: <c>$.request.method</c>, <c>.origin</c>,
/// <c>.path</c>, <c>.query.NAME</c>, <c>.headers.NAME</c> (header names in lower case), <c>.body...</c> (form fields by
/// name, JSON members and <c>[index]</c>es). A value that is a JWT continues with <c>.header.NAME</c>,
/// <c>.payload.NAME</c> and <c>.signature</c>; a value that is a URL with a query or fragment continues with
/// <c>.origin</c>, <c>.path</c>, <c>.query.NAME</c> and <c>.fragment.NAME</c>. A name that repeats becomes an array.
/// </summary>
/// <remarks>
/// The parts of a decoded JWT are written like members, but the path knows them apart from JSON members of the same
/// name (<see cref="JwtPart"/>, <see cref="IsJwtPart"/>): a pattern segment made with <see cref="JwtPart"/> matches
/// only a JWT's part, so <c>$.request.**</c> then <c>JwtPart("payload")</c> then <c>jti</c> is a JWT's jti and not a
/// JSON member that happens to be called <c>payload.jti</c>. Text knows no such parts: a path or pattern read by
/// <see cref="Parse"/> has none, and its <c>payload</c> matches a JWT's payload and a member alike. Two paths are
/// equal when they are written the same: the marks are kept out of equality (<see cref="NotCompared{T}"/>).
/// </remarks>
public sealed record ReplayPath
{
    private const string AnySegments = "**";
    private const string AnyMember = "*";
    private const string AnyIndex = "[*]";

    private static readonly string[] JwtParts = ["header", "payload", "signature"];

    // One mark per segment: true for a part of a decoded JWT. Not compared, so a path equals the path written the same.
    private readonly NotCompared<EquatableList<bool>> _jwtParts;

    private ReplayPath(EquatableList<string> segments, EquatableList<bool> jwtParts)
    {
        Segments = segments;
        _jwtParts = new(jwtParts);
    }

    /// <summary>The root, <c>$</c>.</summary>
    public static ReplayPath Root { get; } = new([], []);

    /// <summary>The segments: member names, and indexes written <c>[n]</c>.</summary>
    public EquatableList<string> Segments { get; }

    /// <summary>This path and then member <paramref name="name"/>.</summary>
    public ReplayPath Member(string name) => new([.. Segments, name], [.. _jwtParts.Value, false]);

    /// <summary>This path and then index <paramref name="index"/>.</summary>
    public ReplayPath Index(int index) => new([.. Segments, $"[{index.ToString(CultureInfo.InvariantCulture)}]"], [.. _jwtParts.Value, false]);

    /// <summary>This path (a JWT, decoded) and then its <paramref name="part"/>: <c>header</c>, <c>payload</c> or <c>signature</c>.</summary>
    public ReplayPath JwtPart(string part) =>
        JwtParts.Contains(part, StringComparer.Ordinal)
            ? new([.. Segments, part], [.. _jwtParts.Value, true])
            : throw new ArgumentException($"'{part}' is not a part of a JWT: header, payload or signature.", nameof(part));

    /// <summary>True when segment <paramref name="index"/> is a part of a decoded JWT, not a JSON member.</summary>
    public bool IsJwtPart(int index) => _jwtParts.Value[index];

    /// <summary>
    /// Reads a path or a pattern: <c>$</c> then <c>.name</c> and <c>[n]</c> segments; in a pattern <c>*</c> is any one
    /// member, <c>[*]</c> any one index and <c>**</c> any number of segments (none included). Names cannot hold dots.
    /// </summary>
    public static ReplayPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text != "$" && !text.StartsWith("$.", StringComparison.Ordinal) && !text.StartsWith("$[", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{text}' is not a path: it must start with '$'.", nameof(text));
        }

        var segments = new List<string>();
        foreach (var part in text[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                segments.Add(name);
            }

            for (var rest = bracket < 0 ? "" : part[bracket..]; rest.Length > 0;)
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                if (!rest.StartsWith('[') || close < 0)
                {
                    throw new ArgumentException($"'{text}' has an unclosed or misplaced index.", nameof(text));
                }

                segments.Add(rest[..(close + 1)]);
                rest = rest[(close + 1)..];
            }
        }

        return new ReplayPath(segments.ToEquatableList(), EquatableList.Own(new bool[segments.Count]));
    }

    /// <summary>True when this path, read as a pattern, matches <paramref name="path"/>; header names match in any case.</summary>
    public bool Matches(ReplayPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Match(this, 0, path, 0);
    }

    private static bool Match(ReplayPath pattern, int p, ReplayPath path, int q)
    {
        if (p == pattern.Segments.Count)
        {
            return q == path.Segments.Count;
        }

        if (pattern.Segments[p] == AnySegments)
        {
            return Enumerable.Range(q, path.Segments.Count - q + 1).Any(k => Match(pattern, p + 1, path, k));
        }

        if (q == path.Segments.Count)
        {
            return false;
        }

        var isIndex = path.Segments[q].StartsWith('[');
        var same = pattern.Segments[p] switch
        {
            AnyMember => !isIndex,
            AnyIndex => isIndex,
            var segment => string.Equals(segment, path.Segments[q], IsHeaderName(path.Segments, q) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                && (!pattern.IsJwtPart(p) || path.IsJwtPart(q)),
        };
        return same && Match(pattern, p + 1, path, q + 1);
    }

    private static bool IsHeaderName(EquatableList<string> path, int q) => q == 2 && path[0] == "request" && path[1] == "headers";

    /// <summary>The path as text, e.g. <c>$.request.body.Data.Permissions[1]</c>.</summary>
    public override string ToString() =>
        "$" + string.Concat(Segments.Select(s => s.StartsWith('[') ? s : "." + s));
}
