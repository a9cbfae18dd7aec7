using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>The README's replay example, as written there (only the config comes from the test support).</summary>
public class ReadmeExampleTests
{
    [Test]
    public async Task The_readme_replay_example_runs()
    {
        var config = ReplaySetup.Config(RecordedFixtures.Read("private_key_jwt"));
        var path = RecordedFixtures.PathOf("private_key_jwt");

        // --- README example ---
        var traffic = FixtureReader.Read(File.ReadAllText(path), "private_key_jwt.json")
            .Match(Right: t => t, Left: e => throw new AssertionException(e.ToString()));
        var replay = new ReplayInterpreter(traffic);                       // ReplayTolerance.Defaults
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(traffic.Meta("recorded_at")!, System.Globalization.CultureInfo.InvariantCulture));
        var client = new AccountInformationClient(config, replay, clock, IdSource.Sequential());

        var consent = new AccountAccessConsentRequest(
            [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail,
             ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits],
            ExpirationDateTime: clock.GetUtcNow().AddDays(90),
            TransactionFromDateTime: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
            TransactionToDateTime: new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero));
        var pending = await client.BeginAccountAccess(consent).ToEither();

        Assert.That(pending.IsRight, Is.True, () => pending.ToString());
        Assert.That(replay.AllUsed, Is.False, replay.Usage);              // the flow stopped after 2 of 11 calls

        // A call the recording does not hold is a Left naming every difference:
        var extra = await client.CreateConsent("<access_token>", consent).ToEither();
        var message = extra.Match(Right: c => c.ConsentId, Left: e => e.Message);
        // Check 'replay' failed: exchange 3 (POST account-access-consents; recorded as headless approval) differs
        // from the recording in … places: $.request.path: expected "/authorize/headless", actual "/open-banking/v3.1/aisp/account-access-consents"; …
        // --- end ---

        Assert.That(extra.IsLeft, Is.True);
        Assert.That(message, Does.StartWith("Check 'replay' failed: exchange 3 (POST account-access-consents; recorded as headless approval) differs from the recording in ")
            .And.Contain("$.request.path: expected \"/authorize/headless\", actual \"/open-banking/v3.1/aisp/account-access-consents\""));
    }
}
