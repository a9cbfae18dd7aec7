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
    public Either<ObError, Access> Check(HttpContext context, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = bank.Time.GetUtcNow();
        return AccessDecision.Decide(bank.Store.Current, bank.Certificate(context, now), context.Request.Headers.Authorization.ToString(), kind, now)
            .Bind(access => RateLimited(access.Token.ClientId, now)
                ? new ObError(429, ObCodes.UnexpectedError, $"more than {bank.Options.RateLimitPerSecond} requests a second from this client", RetryAfterSeconds: 1)
                : Prelude.Right<ObError, Access>(access));
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
