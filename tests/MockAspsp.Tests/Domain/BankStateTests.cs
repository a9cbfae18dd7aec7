using MockAspsp.Domain;
using NUnit.Framework;

namespace MockAspsp.Tests.Domain;

/// <summary>
/// The bank's memory stays cheap to work with however many flows have run: expired tokens are swept at most once a
/// second, not on every grant, and deleting a consent finds its tokens through an index, not by reading every token.
/// </summary>
public class BankStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static BankState With(BankState state, string value, DateTimeOffset expires) => state with
    {
        AccessTokens = state.AccessTokens.SetItem(value, new AccessToken(value, TokenKind.ClientCredentials, "client", null, "accounts", expires, "thumbprint")),
    };

    [Test]
    public void An_expired_token_is_swept_and_a_live_one_kept()
    {
        var state = With(With(BankState.Empty, "expired", Now.AddSeconds(-1)), "live", Now.AddMinutes(5));

        var pruned = state.Pruned(Now);

        Assert.That(pruned.AccessTokens.Keys, Is.EqualTo(new[] { "live" }));
        Assert.That(pruned.PrunedAt, Is.EqualTo(Now));
    }

    [Test]
    public void Within_a_second_of_a_sweep_the_state_is_returned_as_it_is_and_a_second_later_it_is_swept()
    {
        var swept = BankState.Empty.Pruned(Now);
        var state = With(swept, "expires-soon", Now.AddMilliseconds(100));

        var soon = state.Pruned(Now.AddMilliseconds(500));
        var later = state.Pruned(Now.Add(BankState.PruneInterval));

        Assert.That(soon, Is.SameAs(state));
        Assert.That(later.AccessTokens, Is.Empty);
    }

    [Test]
    public void A_clock_set_back_sweeps_rather_than_waiting()
    {
        var state = With(BankState.Empty.Pruned(Now), "expired", Now.AddMinutes(-10));

        var pruned = state.Pruned(Now.AddMinutes(-5));

        Assert.That(pruned.AccessTokens, Is.Empty);
    }

    private static AccessToken Access(string value, string? consentId, DateTimeOffset expires) =>
        new(value, consentId is null ? TokenKind.ClientCredentials : TokenKind.Consent, "client", consentId, "accounts", expires, "thumbprint");

    [Test]
    public void Deleting_a_consents_tokens_removes_its_access_and_refresh_tokens_and_nobody_elses()
    {
        var state = BankState.Empty
            .Issued(Access("at-1", "aac-1", Now.AddHours(1)))
            .Issued(new RefreshToken("rt-1", "client", "aac-1", "accounts", Now.AddDays(90)))
            .Issued(Access("at-2", "aac-2", Now.AddHours(1)))
            .Issued(Access("at-cc", null, Now.AddHours(1)));

        var revoked = state.WithoutTokensOf("aac-1");

        Assert.That(revoked.AccessTokens.Keys, Is.EquivalentTo(new[] { "at-2", "at-cc" }));
        Assert.That(revoked.RefreshTokens, Is.Empty);
        Assert.That(revoked.ConsentTokens.Keys, Is.EqualTo(new[] { "aac-2" }));
        Assert.That(revoked.WithoutTokensOf("aac-1"), Is.SameAs(revoked), "a consent with no tokens left changes nothing");
    }

    [Test]
    public void A_sweep_drops_swept_tokens_from_the_consent_index_too()
    {
        var state = BankState.Empty
            .Issued(Access("at-old", "aac-1", Now.AddSeconds(-1)))
            .Issued(Access("at-new", "aac-1", Now.AddHours(1)))
            .Issued(Access("at-gone", "aac-2", Now.AddSeconds(-1)));

        var pruned = state.Pruned(Now);

        Assert.That(pruned.ConsentTokens.Keys, Is.EqualTo(new[] { "aac-1" }));
        Assert.That(pruned.ConsentTokens["aac-1"], Is.EqualTo(new[] { "at-new" }));
    }
}
