using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Speed;

/// <summary>
/// A check costs in proportion to the recording: what is known about the whole recording (the endpoint of every
/// exchange, the issuer, the token endpoints, earlier jtis and consents) is worked out once, not again for every
/// exchange. Measured in bytes allocated, which — unlike time — does not depend on the machine or what else runs.
/// The recordings are the recorded flows again and again, every client assertion with a jti of its own (as a real
/// client makes them), so a token request cannot stop at an earlier use of its jti.
/// </summary>
public class LinearCheckingTests
{
    [Test]
    public void Checking_four_times_the_exchanges_allocates_about_four_times_as_much()
    {
        var ratio = Ratio(8, RuleCatalogue.All, out var small, out var large);

        // Linear is 4 (4.0 measured). Before the recording's facts were shared it was 7.4 at these sizes, and grew with
        // the size (most of what a check allocates is per exchange, bodies against their schemas, which hides the rest).
        Assert.That(ratio, Is.LessThan(5), $"{large} exchanges allocate {ratio:F2} times what {small} do");
    }

    [Test]
    public void Rules_that_look_at_earlier_exchanges_look_at_them_once()
    {
        // The rules that ask about the rest of the recording (earlier jtis, consents the bank created), alone.
        IReadOnlyList<Rule> rules = [.. ClientAssertionRules.All, .. AuthorizationRequestRules.All, .. ConsentResponseRules.All];

        var ratio = Ratio(4, rules, out var small, out var large);

        // Linear is 4 (4.0 measured); looking at earlier exchanges again for each exchange made it 6.3 at these sizes.
        Assert.That(ratio, Is.LessThan(5), $"{large} exchanges allocate {ratio:F2} times what {small} do");
    }

    private static double Ratio(int times, IReadOnlyList<Rule> rules, out int small, out int large)
    {
        var smaller = Concatenated.WithFreshJtis(Concatenated.Of(Concatenated.Flows, times, "small.json"));
        var larger = Concatenated.WithFreshJtis(Concatenated.Of(Concatenated.Flows, 4 * times, "large.json"));
        // Schemas are built and code is compiled on first use: not part of what a check costs per exchange.
        _ = Checker.Check(Concatenated.Of(Concatenated.Flows, 1, "warm-up.json"), rules);
        (small, large) = (smaller.Exchanges.Count, larger.Exchanges.Count);
        return (double)Allocated(larger, rules) / Allocated(smaller, rules);
    }

    private static long Allocated(RecordedTraffic traffic, IReadOnlyList<Rule> rules)
    {
        // The checker runs on the calling thread: what it allocates is what this thread allocates meanwhile.
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = Checker.Check(traffic, rules);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
