using System.Globalization;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Replay;

/// <summary>
/// A declared reason for a request to differ from its recording: at the places its <see cref="Patterns"/> match, a
/// value may differ from the recorded one as long as the value sent is what <see cref="Accepts"/> allows (it must
/// still be there: a tolerance never excuses a missing value). Everything a tolerance does not cover must be equal.
/// Make your own for values your code generates: <c>new ReplayTolerance("my-id", "a UUID", v =&gt; ..., "$.request.headers.x-my-id")</c>,
/// and pass <c>[.. ReplayTolerance.Defaults, mine]</c> to the <see cref="ReplayInterpreter"/>.
/// </summary>
public sealed class ReplayTolerance
{
    /// <summary>Declares a tolerance.</summary>
    /// <param name="name">A short name for reports, e.g. <c>x-fapi-interaction-id</c>.</param>
    /// <param name="allows">What a different value must be, in words: "a UUID".</param>
    /// <param name="accepts">Whether a value sent (never null: a missing value is a difference) is acceptable.</param>
    /// <param name="patterns">Where it applies: <see cref="ReplayPath"/> patterns such as <c>$.request.**.payload.jti</c>.</param>
    public ReplayTolerance(string name, string allows, Func<JsonNode, bool> accepts, params string[] patterns)
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
        Accepts = accepts;
        Patterns = [.. patterns.Select(ReplayPath.Parse)];
    }

    /// <summary>The x-fapi-interaction-id header is fresh per request: any UUID (RFC 4122 shape, as FAPI requires).</summary>
    public static ReplayTolerance InteractionId { get; } = new("x-fapi-interaction-id", "a UUID",
        v => JsonValues.Text(v) is { } s && Guid.TryParseExact(s, "D", out _), "$.request.headers.x-fapi-interaction-id");

    /// <summary>The x-fapi-auth-date header is when the PSU last logged in: any RFC 7231 HTTP-date.</summary>
    public static ReplayTolerance AuthDate { get; } = new("x-fapi-auth-date", "an RFC 7231 HTTP-date",
        v => JsonValues.Text(v) is { } s && DateTimeOffset.TryParseExact(s, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _),
        "$.request.headers.x-fapi-auth-date");

    /// <summary>The x-idempotency-key header is fresh per new resource: 1 to 40 characters, no surrounding spaces (the spec's limits).</summary>
    public static ReplayTolerance IdempotencyKey { get; } = new("x-idempotency-key", "a key of 1 to 40 characters without surrounding spaces",
        v => JsonValues.Text(v) is { Length: > 0 and <= 40 } s && s.Trim() == s, "$.request.headers.x-idempotency-key");

    /// <summary>A JWT's jti is fresh per token: any non-empty string.</summary>
    public static ReplayTolerance JwtId { get; } = new("jwt-jti", "a non-empty string",
        v => JsonValues.Text(v) is { Length: > 0 }, "$.request.**.payload.jti");

    /// <summary>A JWT's iat, nbf and exp follow the clock: any NumericDate (a whole number of seconds).</summary>
    public static ReplayTolerance JwtTimes { get; } = new("jwt-times", "a NumericDate (whole seconds since 1970)",
        v => JsonValues.Number(v) is { } n && n >= 0 && n == Math.Floor(n),
        "$.request.**.payload.iat", "$.request.**.payload.nbf", "$.request.**.payload.exp");

    /// <summary>A JWT's signature: PS256 and ES256 signatures differ every time, and recordings strip them.</summary>
    public static ReplayTolerance JwtSignature { get; } = new("jwt-signature", "any signature (or none)",
        v => JsonValues.Text(v) is not null, "$.request.**.signature");

    /// <summary>The state and nonce of an authorisation request, when the code under test generates them: any non-empty string.</summary>
    public static ReplayTolerance StateAndNonce { get; } = new("state-nonce", "a non-empty string",
        v => JsonValues.Text(v) is { Length: > 0 },
        "$.request.**.query.state", "$.request.**.query.nonce", "$.request.**.payload.state", "$.request.**.payload.nonce");

    /// <summary>Every tolerance above: what legitimately varies between two runs of the same flow.</summary>
    public static IReadOnlyList<ReplayTolerance> Defaults { get; } =
        [InteractionId, AuthDate, IdempotencyKey, JwtId, JwtTimes, JwtSignature, StateAndNonce];

    /// <summary>The name, for reports.</summary>
    public string Name { get; }

    /// <summary>What a different value must be, in words.</summary>
    public string Allows { get; }

    /// <summary>Whether a value sent is acceptable where it differs from the recording.</summary>
    public Func<JsonNode, bool> Accepts { get; }

    /// <summary>Where the tolerance applies.</summary>
    public IReadOnlyList<ReplayPath> Patterns { get; }

    /// <summary>True when the tolerance applies at <paramref name="path"/>.</summary>
    public bool Covers(ReplayPath path) => Patterns.Any(p => p.Matches(path));

    /// <summary>True when the tolerance applies at the path written <paramref name="path"/> (e.g. <c>$.request.headers.x-fapi-interaction-id</c>).</summary>
    public bool Covers(string path) => Covers(ReplayPath.Parse(path));

    /// <summary>Name, places and what it allows.</summary>
    public override string ToString() => $"{Name}: {string.Join(", ", Patterns)} may differ when the value sent is {Allows}";
}
