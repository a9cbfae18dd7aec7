using System.Text.Json.Nodes;
using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Replay;

/// <summary>
/// A declared reason for a request to differ from its recording: at the places its <see cref="Patterns"/> match, a
/// value may differ from the recorded one as long as <see cref="Accepts"/> allows the value sent (it must still be
/// there: a tolerance never excuses a missing value). Everything a tolerance does not cover must be equal.
/// Make your own for values your code generates: <c>new ReplayTolerance("my-id", "a UUID", v =&gt; ..., "$.request.headers.x-my-id")</c>,
/// and pass <c>[.. ReplayTolerance.Defaults, mine]</c> to the <see cref="ReplayInterpreter"/>.
/// </summary>
public sealed class ReplayTolerance
{
    private static readonly ReplayPath AnywhereInRequest = ReplayPath.Parse("$.request.**");

    private readonly Func<JsonNode?, JsonNode, bool> _accepts;

    /// <summary>Declares a tolerance that judges the value sent alone.</summary>
    /// <param name="name">A short name for reports, e.g. <c>x-fapi-interaction-id</c>.</param>
    /// <param name="allows">What a different value must be, in words: "a UUID".</param>
    /// <param name="accepts">Whether a value sent (never null: a missing value is a difference) is acceptable.</param>
    /// <param name="patterns">Where it applies: <see cref="ReplayPath"/> patterns such as <c>$.request.headers.x-my-id</c>.</param>
    public ReplayTolerance(string name, string allows, Func<JsonNode, bool> accepts, params string[] patterns)
        : this(name, allows, Sent(accepts), Parsed(patterns))
    {
    }

    /// <summary>Declares a tolerance that judges the value sent against the recorded one.</summary>
    /// <param name="name">A short name for reports.</param>
    /// <param name="allows">What a different value must be, in words.</param>
    /// <param name="accepts">
    /// Whether a value sent is acceptable, given the recorded value (null for a JSON null) and the value sent (never
    /// null). Both are nodes of the trees compared (<see cref="ReplayComparison.Tree(Traffic.RecordedRequest, bool)"/>): their
    /// <see cref="JsonNode.Parent"/> is what holds them, e.g. the payload of their JWT.
    /// </param>
    /// <param name="patterns">Where it applies; a pattern made with <see cref="ReplayPath.JwtPart"/> matches only a decoded JWT's part.</param>
    public ReplayTolerance(string name, string allows, Func<JsonNode?, JsonNode, bool> accepts, params ReplayPath[] patterns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(allows);
        ArgumentNullException.ThrowIfNull(accepts);
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Length == 0)
        {
            throw new ArgumentException("A tolerance needs at least one pattern.", nameof(patterns));
        }

        Name = name;
        Allows = allows;
        _accepts = accepts;
        Patterns = patterns;
    }

    /// <summary>The x-fapi-interaction-id header is fresh per request: any UUID (RFC 4122 shape, as FAPI requires).</summary>
    public static ReplayTolerance InteractionId { get; } = new("x-fapi-interaction-id", "a UUID",
        v => WireFormats.IsUuid(JsonValues.Text(v)), "$.request.headers.x-fapi-interaction-id");

    /// <summary>The x-fapi-auth-date header is when the PSU last logged in: any RFC 7231 HTTP-date (GMT, or UTC as the spec's pattern allows).</summary>
    public static ReplayTolerance AuthDate { get; } = new("x-fapi-auth-date", "an RFC 7231 HTTP-date",
        v => WireFormats.HttpDate(JsonValues.Text(v)) is not null, "$.request.headers.x-fapi-auth-date");

    /// <summary>The x-idempotency-key header is fresh per new resource: 1 to 40 characters, no surrounding spaces (the spec's limits).</summary>
    public static ReplayTolerance IdempotencyKey { get; } = new("x-idempotency-key", "a key of 1 to 40 characters without surrounding spaces",
        v => JsonValues.Text(v) is { Length: > 0 and <= 40 } s && s.Trim() == s, "$.request.headers.x-idempotency-key");

    /// <summary>A JWT's jti is fresh per token: any non-empty string — in a decoded JWT's payload only.</summary>
    public static ReplayTolerance JwtId { get; } = new("jwt-jti", "a non-empty string",
        (_, sent) => JsonValues.Text(sent) is { Length: > 0 }, AnywhereInRequest.JwtPart("payload").Member("jti"));

    /// <summary>
    /// A JWT's iat, nbf and exp follow the clock, but how long the token lives does not: a whole NumericDate, with the
    /// JWT's iat a whole NumericDate and its lifetimes (exp − iat, exp − nbf, those it has) exactly the recording's.
    /// </summary>
    public static ReplayTolerance JwtTimes { get; } = new("jwt-times", "a NumericDate (whole seconds since 1970) keeping the recorded lifetimes (exp - iat, exp - nbf)",
        KeepsLifetimes,
        AnywhereInRequest.JwtPart("payload").Member("iat"), AnywhereInRequest.JwtPart("payload").Member("nbf"), AnywhereInRequest.JwtPart("payload").Member("exp"));

    /// <summary>A JWT's signature: PS256 and ES256 signatures differ every time, and recordings strip them — a decoded JWT's signature only.</summary>
    public static ReplayTolerance JwtSignature { get; } = new("jwt-signature", "any signature (or none)",
        (_, sent) => JsonValues.Text(sent) is not null, AnywhereInRequest.JwtPart("signature"));

    /// <summary>
    /// The state and nonce of an authorisation request, when the code under test generates them: any non-empty string,
    /// as query parameters or in a decoded JWT's payload (a request object).
    /// </summary>
    public static ReplayTolerance StateAndNonce { get; } = new("state-nonce", "a non-empty string",
        (_, sent) => JsonValues.Text(sent) is { Length: > 0 },
        ReplayPath.Parse("$.request.**.query.state"), ReplayPath.Parse("$.request.**.query.nonce"),
        AnywhereInRequest.JwtPart("payload").Member("state"), AnywhereInRequest.JwtPart("payload").Member("nonce"));

    /// <summary>Every tolerance above: what legitimately varies between two runs of the same flow.</summary>
    public static IReadOnlyList<ReplayTolerance> Defaults { get; } =
        [InteractionId, AuthDate, IdempotencyKey, JwtId, JwtTimes, JwtSignature, StateAndNonce];

    /// <summary>The name, for reports.</summary>
    public string Name { get; }

    /// <summary>What a different value must be, in words.</summary>
    public string Allows { get; }

    /// <summary>Whether <paramref name="sent"/> is acceptable where it differs from <paramref name="recorded"/> (null for a JSON null).</summary>
    public bool Accepts(JsonNode? recorded, JsonNode sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return _accepts(recorded, sent);
    }

    /// <summary>Where the tolerance applies.</summary>
    public IReadOnlyList<ReplayPath> Patterns { get; }

    /// <summary>True when the tolerance applies at <paramref name="path"/>.</summary>
    public bool Covers(ReplayPath path) => Patterns.Any(p => p.Matches(path));

    /// <summary>True when the tolerance applies at the path written <paramref name="path"/> (e.g. <c>$.request.headers.x-fapi-interaction-id</c>).</summary>
    public bool Covers(string path) => Covers(ReplayPath.Parse(path));

    /// <summary>Name, places and what it allows.</summary>
    public override string ToString() => $"{Name}: {string.Join(", ", Patterns)} may differ when the value sent is {Allows}";

    private static Func<JsonNode?, JsonNode, bool> Sent(Func<JsonNode, bool> accepts)
    {
        ArgumentNullException.ThrowIfNull(accepts);
        return (_, sent) => accepts(sent);
    }

    private static ReplayPath[] Parsed(string[] patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return [.. patterns.Select(ReplayPath.Parse)];
    }

    /// <summary>
    /// A whole NumericDate in a JWT payload whose iat (when it has one) is a whole NumericDate and whose lifetimes are
    /// the recorded payload's: a token made later by the same code, not one that lives longer.
    /// </summary>
    private static bool KeepsLifetimes(JsonNode? recorded, JsonNode sent) =>
        IsNumericDate(sent)
        && recorded?.Parent is JsonObject was && sent.Parent is JsonObject payload
        && (payload["iat"] is null || IsNumericDate(payload["iat"]))
        && Lifetime(was, "iat") == Lifetime(payload, "iat")
        && Lifetime(was, "nbf") == Lifetime(payload, "nbf");

    private static bool IsNumericDate(JsonNode? node) => JsonValues.Number(node) is { } n && double.IsFinite(n) && n >= 0 && n == Math.Floor(n);

    /// <summary>exp − <paramref name="from"/> in seconds, or null when the payload lacks either.</summary>
    private static double? Lifetime(JsonObject payload, string from) =>
        JsonValues.Number(payload["exp"]) is { } exp && JsonValues.Number(payload[from]) is { } start ? exp - start : null;
}
