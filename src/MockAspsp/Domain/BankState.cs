using System.Collections.Immutable;

namespace MockAspsp.Domain;

/// <summary>
/// Everything the mock bank remembers, as one immutable value. A request that fails leaves the store
/// holding the very same instance, which is how tests prove a bad input changed nothing.
/// </summary>
public sealed record BankState
{
    /// <summary>The empty bank.</summary>
    public static BankState Empty { get; } = new();

    /// <summary>Consents by id.</summary>
    public ImmutableDictionary<string, Consent> Consents { get; init; } = ImmutableDictionary<string, Consent>.Empty;

    /// <summary>Access tokens by value.</summary>
    public ImmutableDictionary<string, AccessToken> AccessTokens { get; init; } = ImmutableDictionary<string, AccessToken>.Empty;

    /// <summary>Refresh tokens by value.</summary>
    public ImmutableDictionary<string, RefreshToken> RefreshTokens { get; init; } = ImmutableDictionary<string, RefreshToken>.Empty;

    /// <summary>Authorisation codes by value.</summary>
    public ImmutableDictionary<string, AuthorizationCode> Codes { get; init; } = ImmutableDictionary<string, AuthorizationCode>.Empty;

    /// <summary>Client assertion ids seen, with when they expire (a jti is never accepted twice).</summary>
    public ImmutableDictionary<string, DateTimeOffset> UsedAssertionIds { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>Authorisation requests waiting for a PSU in a browser, by session id.</summary>
    public ImmutableDictionary<string, BrowserSession> BrowserSessions { get; init; } = ImmutableDictionary<string, BrowserSession>.Empty;

    /// <summary>Payment order consents by id.</summary>
    public ImmutableDictionary<string, PaymentConsent> PaymentConsents { get; init; } = ImmutableDictionary<string, PaymentConsent>.Empty;

    /// <summary>Submitted payment orders by id.</summary>
    public ImmutableDictionary<string, Payment> Payments { get; init; } = ImmutableDictionary<string, Payment>.Empty;

    /// <summary>POSTs that created a resource, by <see cref="IdempotentRequest.StoreKey"/>, while their key holds.</summary>
    public ImmutableDictionary<string, IdempotentRequest> IdempotentRequests { get; init; } = ImmutableDictionary<string, IdempotentRequest>.Empty;

    /// <summary>
    /// True when <paramref name="consentId"/> is an account access consent or a payment order consent the PSU has
    /// authorised and that has not expired or been used: what a code or refresh token needs to become an access token.
    /// </summary>
    public bool IsAuthorised(string consentId, DateTimeOffset now) =>
        Consents.TryGetValue(consentId, out var consent)
            ? consent.Status == ConsentStatus.Authorised && !(consent.ExpirationDateTime <= now)
            : PaymentConsents.TryGetValue(consentId, out var payment) && payment.Status == PaymentConsentStatus.Authorised;

    /// <summary>How long a PSU has to finish in the browser.</summary>
    public static readonly TimeSpan BrowserSessionLifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The access and refresh token values issued for each consent, by consent id: what deleting the consent revokes,
    /// found without reading every token the bank holds. May name tokens already swept.
    /// </summary>
    public ImmutableDictionary<string, ImmutableList<string>> ConsentTokens { get; init; } = ImmutableDictionary<string, ImmutableList<string>>.Empty;

    /// <summary>The state with <paramref name="token"/> issued (and indexed under its consent, if it has one).</summary>
    public BankState Issued(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return this with { AccessTokens = AccessTokens.Add(token.Value, token), ConsentTokens = Indexed(token.ConsentId, token.Value) };
    }

    /// <summary>The state with <paramref name="token"/> issued and indexed under its consent.</summary>
    public BankState Issued(RefreshToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return this with { RefreshTokens = RefreshTokens.Add(token.Value, token), ConsentTokens = Indexed(token.ConsentId, token.Value) };
    }

    /// <summary>The state without any token issued for <paramref name="consentId"/>.</summary>
    public BankState WithoutTokensOf(string consentId) =>
        ConsentTokens.TryGetValue(consentId, out var values)
            ? this with { AccessTokens = AccessTokens.RemoveRange(values), RefreshTokens = RefreshTokens.RemoveRange(values), ConsentTokens = ConsentTokens.Remove(consentId) }
            : this;

    /// <summary>How often <see cref="Pruned"/> sweeps at most.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromSeconds(1);

    /// <summary>When <see cref="Pruned"/> last swept.</summary>
    public DateTimeOffset PrunedAt { get; init; } = DateTimeOffset.MinValue;

    /// <summary>
    /// The state without what can no longer matter at <paramref name="now"/>: expired codes, tokens and assertion ids, and
    /// abandoned browser sessions, idempotency keys past their 24 hours. Consents and payments stay (a TPP may read an old one). A long-running mock stays small this way.
    /// At most once per <see cref="PruneInterval"/>: a sweep reads every token the bank holds, and on every grant it made
    /// each flow slower than the last (a benchmark's thousands of flows). Nothing waits for a sweep to be refused: every
    /// lookup checks expiry itself, and a spent assertion id kept a little longer is refused all the same.
    /// </summary>
    public BankState Pruned(DateTimeOffset now)
    {
        if (now >= PrunedAt && now - PrunedAt < PruneInterval)
        {
            return this;
        }

        static ImmutableDictionary<string, T> Keep<T>(ImmutableDictionary<string, T> items, Func<T, bool> live)
        {
            var dead = items.Where(i => !live(i.Value)).Select(i => i.Key).ToList();
            return dead.Count == 0 ? items : items.RemoveRange(dead);
        }

        var accessTokens = Keep(AccessTokens, t => t.ExpiresAt > now);
        var refreshTokens = Keep(RefreshTokens, t => t.ExpiresAt > now);
        // A used code is kept while tokens it issued live, so a replay can still revoke them (RFC 6749 §4.1.2).
        var issuing = accessTokens.Values.Select(t => t.FromCode).Concat(refreshTokens.Values.Select(t => t.FromCode)).OfType<string>().ToHashSet();
        return this with
        {
            Codes = Keep(Codes, c => c.ExpiresAt > now || issuing.Contains(c.Value)),
            AccessTokens = accessTokens,
            RefreshTokens = refreshTokens,
            UsedAssertionIds = Keep(UsedAssertionIds, expiry => expiry > now),
            BrowserSessions = Keep(BrowserSessions, s => s.Started + BrowserSessionLifetime > now),
            IdempotentRequests = Keep(IdempotentRequests, r => r.ExpiresAt > now),
            ConsentTokens = Keep(ConsentTokens.SetItems(ConsentTokens.Select(c => KeyValuePair.Create(c.Key,
                    c.Value.RemoveAll(v => !accessTokens.ContainsKey(v) && !refreshTokens.ContainsKey(v))))), values => !values.IsEmpty),
            PrunedAt = now,
        };
    }

    private ImmutableDictionary<string, ImmutableList<string>> Indexed(string? consentId, string value) =>
        consentId is null ? ConsentTokens : ConsentTokens.SetItem(consentId, ConsentTokens.GetValueOrDefault(consentId, []).Add(value));
}
