using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Json;

namespace OpenBanking.Conformance;

/// <summary>The value formats the Read/Write API and FAPI use on the wire, read one way everywhere in the harness.</summary>
public static partial class WireFormats
{
    /// <summary>The earliest instant the harness accepts as a real time (anything earlier is "unknown").</summary>
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest instant the harness accepts as a real time (anything later is "unknown").</summary>
    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>An RFC 4122 UUID in its usual 8-4-4-4-12 form (either case), as FAPI asks of x-fapi-interaction-id.</summary>
    public static bool IsUuid(string? value) => value is not null && Guid.TryParseExact(value, "D", out _);

    /// <summary>
    /// An RFC 7231 IMF-fixdate (<c>Sun, 10 Sep 2017 19:43:31 GMT</c>), or the same with <c>UTC</c>: the v3.1.11
    /// OpenAPI files allow both for x-fapi-auth-date (pattern <c>… (GMT|UTC)$</c>; their example ends in UTC).
    /// </summary>
    public static DateTimeOffset? HttpDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var gmt = value.EndsWith(" UTC", StringComparison.Ordinal) ? value[..^4] + " GMT" : value;
        return DateTimeOffset.TryParseExact(gmt, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var date) ? date : null;
    }

    /// <summary>An RFC 3339 / ISO 8601 date-time with a time zone (<c>Z</c> or an offset), within <see cref="Earliest"/>..<see cref="Latest"/>; otherwise null.</summary>
    public static DateTimeOffset? IsoDateTime(string? value) =>
        IsRfc3339DateTime(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date >= Earliest && date < Latest
            ? date
            : null;

    /// <summary>
    /// A date-time as the OBIE documents mean <c>format: date-time</c>: RFC 3339 §5.6, <c>2017-04-05T10:43:07+00:00</c>,
    /// with its time zone (<c>Z</c> or <c>±hh:mm</c>) and a real date and time, at any instant. The one definition the
    /// schema check and the rules share.
    /// </summary>
    internal static bool IsRfc3339DateTime(string? value) =>
        value is not null && Rfc3339DateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial System.Text.RegularExpressions.Regex Rfc3339DateTime();

    /// <summary>A time as a recording states it (an HTTP-date or an ISO 8601 date-time), within bounds; otherwise null.</summary>
    public static DateTimeOffset? RecordedTime(string? value) =>
        HttpDate(value) is { } http && http >= Earliest && http < Latest ? http
        : value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) && any >= Earliest && any < Latest ? any
        : null;

    /// <summary>
    /// Parses JSON refusing a member that appears twice in one object (which <see cref="JsonNode"/> would otherwise
    /// accept, then throw on when the object is read). A recording is untrusted input: this is the only way the
    /// harness parses it.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON, an object repeats a member, or a string or member name is
    /// not text (bytes that are not UTF-8, a lone surrogate: RFC 8259 §8), which a node would throw on when read.</exception>
    public static JsonNode? ParseJson(string text) => JsonElements.ParseNode(text, Strict);
}
