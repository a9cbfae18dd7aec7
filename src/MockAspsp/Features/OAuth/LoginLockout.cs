using System.Collections.Immutable;
using LanguageExt;
using MockAspsp.Fapi;

namespace MockAspsp.Features.OAuth;

/// <summary>Failed logins counted against one key (a user name or a consent) since <paramref name="Since"/>, and the lock they set.</summary>
internal sealed record LoginFailures(int Count, DateTimeOffset Since, DateTimeOffset? LockedUntil);

/// <summary>The lockout's decision, pure: a login attempt against the failure ledger.</summary>
internal static class LoginLockout
{
    /// <summary>
    /// The ledger after a login attempt on <paramref name="keys"/> whose credentials gave <paramref name="customer"/> (null
    /// when wrong), and its outcome: refused while any key is locked; else a success clears the keys' failures, and a
    /// failure counts against each key, locking it for <paramref name="period"/> at <paramref name="maxFailures"/>.
    /// </summary>
    public static (ImmutableDictionary<string, LoginFailures> Ledger, Either<OAuthError, string> Result) Decide(
        ImmutableDictionary<string, LoginFailures> ledger, IReadOnlyList<string> keys, string? customer, DateTimeOffset now, int maxFailures, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(keys);
        var over = ledger.Where(e => (e.Value.LockedUntil ?? e.Value.Since + period) <= now).Select(e => e.Key).ToList();
        var live = over.Count == 0 ? ledger : ledger.RemoveRange(over);
        if (keys.Select(k => live.GetValueOrDefault(k)?.LockedUntil).Max() is { } until)
        {
            return (live, Denied($"too many failed logins: locked until {until:O}, whatever the password"));
        }

        if (customer is not null)
        {
            return (live.RemoveRange(keys), customer);
        }

        var counted = keys.Select(k => live.GetValueOrDefault(k) ?? new LoginFailures(0, now, null))
            .Select(f => f with { Count = f.Count + 1, LockedUntil = f.Count + 1 >= maxFailures ? now + period : null })
            .ToList();
        var locks = counted.Any(f => f.LockedUntil is not null)
            ? $"; that is {maxFailures} failed logins: locked for {period.TotalMinutes:0} minutes"
            : "";
        return (live.SetItems(keys.Zip(counted, KeyValuePair.Create)), Denied($"unknown user name or wrong password{locks}"));
    }

    private static OAuthError Denied(string description) => new(401, "access_denied", description);
}
