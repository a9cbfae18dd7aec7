using System.Collections.Concurrent;
using LanguageExt;
using Microsoft.AspNetCore.Http;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// The shell around <see cref="AccessDecision"/>: gathers the certificate, the Authorization header, the clock and the
/// state, asks the decision, then counts the request against the client's per-second limit (429 with Retry-After).
/// </summary>
public sealed class ResourceGuard(MockBank bank)
{
    private readonly ConcurrentDictionary<string, (long Second, int Count)> _rate = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="context"/> for an endpoint that needs a <paramref name="kind"/> token.</summary>
    public Either<ObError, Access> Check(HttpContext context, TokenKind kind) =>
        Admit(context, (state, certificate, authorization, now) => AccessDecision.Decide(state, certificate, authorization, kind, now), access => access.Token.ClientId);

    /// <summary>
    /// Gathers the state, certificate, Authorization header and clock for <paramref name="decide"/> (a pure access
    /// decision of some API family), then counts the admitted request against its client's per-second limit.
    /// </summary>
    public Either<ObError, T> Admit<T>(
        HttpContext context, Func<BankState, Either<string, ClientCertificate>, string, DateTimeOffset, Either<ObError, T>> decide, Func<T, string> clientOf)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(clientOf);
        var now = bank.Time.GetUtcNow();
        return decide(bank.Store.Current, bank.Certificate(context, now), context.Request.Headers.Authorization.ToString(), now)
            .Bind(admitted => RateLimited(clientOf(admitted), now)
                ? new ObError(429, ObCodes.UnexpectedError, $"more than {bank.Options.RateLimitPerSecond} requests a second from this client", RetryAfterSeconds: 1)
                : Prelude.Right<ObError, T>(admitted));
    }

    private bool RateLimited(string clientId, DateTimeOffset now)
    {
        if (bank.Options.RateLimitPerSecond <= 0)
        {
            return false;
        }

        var second = now.ToUnixTimeSeconds();
        var entry = _rate.AddOrUpdate(clientId, (second, 1), (_, old) => old.Second == second ? (second, old.Count + 1) : (second, 1));
        return entry.Count > bank.Options.RateLimitPerSecond;
    }
}
