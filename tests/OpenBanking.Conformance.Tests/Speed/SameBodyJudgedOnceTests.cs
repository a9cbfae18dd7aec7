using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Speed;

/// <summary>
/// Within one check, a body the recording holds again (the same accounts read again, the same page of transactions) is
/// judged against its schema once: the findings depend on the text, the schema and the path alone. Each exchange still
/// gets its own findings.
/// </summary>
public class SameBodyJudgedOnceTests
{
    private static Exchange Transactions() =>
        Concatenated.Flows[0].Exchanges.First(e => e.Request.Path.EndsWith("/transactions", StringComparison.Ordinal) && e.Response is { Status: 200 });

    private static RecordedTraffic Repeated(int count, Func<int, JsonNode, JsonNode> body) => Concatenated.Flows[0] with
    {
        Exchanges = [.. Enumerable.Range(1, count).Select(i => Transactions() with
        {
            Number = i,
            Response = Transactions().Response! with { Body = new RecordedBody.Json(body(i, ((RecordedBody.Json)Transactions().Response!.Body).Value!.DeepClone())) },
        })],
    };

    private static JsonNode WithTransactionId(JsonNode page, string id)
    {
        page["Data"]!["Transaction"]![0]!["TransactionId"] = id;
        return page;
    }

    [Test]
    public void A_page_read_forty_times_is_judged_once()
    {
        var same = Repeated(40, (_, page) => page);
        var different = Repeated(40, (i, page) => WithTransactionId(page, $"t-{i}"));
        _ = Checker.Check(Repeated(2, (_, page) => page), ResponseRules.All);

        var sameBytes = Allocated(same);
        var differentBytes = Allocated(different);

        Assert.That(sameBytes, Is.LessThan(differentBytes / 3), $"the same page 40 times allocates {sameBytes:N0} bytes, 40 different pages {differentBytes:N0}");
    }

    [Test]
    public void Every_exchange_with_a_body_judged_before_still_gets_its_findings()
    {
        // Amount.Currency must be three capital letters: every one of the 40 exchanges says so, at the same path.
        var broken = Repeated(40, (_, page) =>
        {
            page["Data"]!["Transaction"]![0]!["Amount"]!["Currency"] = "pounds";
            return page;
        });

        var report = Checker.Check(broken, ResponseRules.All);

        Assert.That(report.Violations.Where(v => v.Rule.Id == "ASPSP-SCH-001").Select(v => v.Exchange).Distinct(), Is.EqualTo(Enumerable.Range(1, 40)));
    }

    private static long Allocated(RecordedTraffic traffic)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = Checker.Check(traffic, ResponseRules.All);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
