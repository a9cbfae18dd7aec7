using System.Collections.Immutable;
using LanguageExt;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>
/// The PSU's login, browser form and headless alike, with a lockout: <see cref="MaxFailures"/> failed logins within
/// <see cref="LockPeriod"/> lock the user name — and, counted apart, the consent being authorised — for
/// <see cref="LockPeriod"/>, during which every login to them fails, the right password included. Guessing at one user
/// locks only that user; guessing many user names at one consent URL locks only that consent. Failures under user
/// names the bank does not know count against the consent alone, so the ledger holds at most the known users and the
/// consents, and entries are dropped once their period is over. It lives beside the bank's state, not in it: a refused
/// login changes nothing a TPP can see (consents, codes, tokens), only this count.
/// </summary>
internal sealed class PsuLoginGuard(PsuDirectory psus)
{
    /// <summary>Failed logins that lock a user name or a consent.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long failures are counted, and how long a lock lasts.</summary>
    public static readonly TimeSpan LockPeriod = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private ImmutableDictionary<string, LoginFailures> _ledger = ImmutableDictionary<string, LoginFailures>.Empty;

    /// <summary>The customer <paramref name="username"/> logs in as for <paramref name="consentId"/>, or access_denied saying why not.</summary>
    public Either<OAuthError, string> LogIn(string? username, string? password, string consentId, DateTimeOffset now)
    {
        var customer = psus.LogIn(username, password);
        string[] keys = username is not null && psus.Knows(username) ? [$"user:{username}", $"consent:{consentId}"] : [$"consent:{consentId}"];
        lock (_gate)
        {
            var (ledger, result) = LoginLockout.Decide(_ledger, keys, customer, now, MaxFailures, LockPeriod);
            _ledger = ledger;
            return result;
        }
    }
}
