using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Specs;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>
/// The library's requests and the mock bank's answers keep every rule of the catalogue: recorded live from each
/// end-to-end flow (in memory, every client authentication method) and as committed in fixtures/recorded/. A rule
/// added to the catalogue is checked here at once; a regression in the library or the mock fails here.
/// </summary>
public class LibraryAndMockConformanceTests
{
    private static IEnumerable<string> AuthMethods => RecordedFlows.AuthMethods;

    [TestCaseSource(nameof(AuthMethods))]
    public async Task A_live_flow_breaks_no_rule(string authMethod)
    {
        var traffic = await Live(authMethod);

        AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic);
    }

    [TestCaseSource(nameof(AuthMethods))]
    public void A_committed_fixture_breaks_no_rule(string authMethod)
    {
        var traffic = RecordedFixtures.Read(authMethod);

        AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic);
    }

    [TestCaseSource(nameof(AuthMethods))]
    public async Task Every_body_the_mock_serves_in_a_live_flow_is_judged_by_the_official_schema_of_its_operation(string authMethod)
    {
        var traffic = await Live(authMethod);

        // What the schema rules judge: every answer of the Read/Write API whose operation and status have a JSON schema in
        // the OpenAPI documents. Every API answer with a body has one (the consent's DELETE answers 204 without); none may break it.
        var judged = traffic.Exchanges
            .Select(e => (Exchange: e, Operation: Endpoint.Of(e.Request, traffic).Operation))
            .Where(x => x.Operation is not null && x.Exchange.Response?.Body is RecordedBody.Json { Value: not null }
                && x.Operation.ResponseSchemas.ContainsKey(x.Exchange.Response.Status))
            .Select(x => (x.Exchange.Number, Schema: x.Operation!.ResponseSchemas[x.Exchange.Response!.Status],
                Findings: Validate(x.Operation, x.Exchange.Response)))
            .ToList();
        var apiAnswers = traffic.Exchanges.Count(e => Endpoint.Of(e.Request, traffic).Kind == EndpointKind.Api && e.Response is { Body: not RecordedBody.Empty });

        Assert.Multiple(() =>
        {
            Assert.That(judged, Has.Count.EqualTo(apiAnswers).And.Count.GreaterThanOrEqualTo(6), "consent, accounts, balances, transaction pages");
            Assert.That(judged.Select(j => j.Schema), Is.SupersetOf(new[] { "OBReadConsentResponse1", "OBReadAccount6", "OBReadBalance1", "OBReadTransaction6" }));
            Assert.That(judged.SelectMany(j => j.Findings.Select(f => $"#{j.Number} {j.Schema} {f.Path}: {f.Detail}")), Is.Empty);
        });

        static IEnumerable<Finding> Validate(SpecOperation operation, RecordedResponse response) =>
            OfficialSchema.Findings(operation, operation.ResponseSchemas[response.Status], ((RecordedBody.Json)response.Body).Value, "$.response.body");
    }

    [Test]
    public async Task A_body_the_mock_served_broken_on_purpose_is_found_at_its_path_by_the_schema_rule()
    {
        var traffic = await Live("private_key_jwt");
        var balances = traffic.Exchanges.First(e => e.Request.Operation == "GET balances");
        var body = (System.Text.Json.Nodes.JsonObject)((RecordedBody.Json)balances.Response!.Body).Value!.DeepClone();
        body["Data"]!["Balance"]![0]!["Amount"]!["Amount"] = "1,234.56";
        var broken = traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e => e.Number == balances.Number ? e with { Response = e.Response! with { Body = new RecordedBody.Json(body) } } : e)],
        };

        var report = Checker.Check(broken, RuleCatalogue.All);

        Assert.That(report.Violations.Select(v => (v.Rule.Id, v.Exchange, v.Path, Amount: v.Message.Contains("'1,234.56' is not an amount", StringComparison.Ordinal))),
            Is.EqualTo(new[] { ("ASPSP-SCH-001", balances.Number, "$.response.body.Data.Balance[0].Amount.Amount", true) }));
    }

    [Test]
    public async Task A_request_that_breaks_a_rule_in_a_live_flow_is_found()
    {
        // The check above is only worth something if it can fail: the same live recording with one request broken.
        var traffic = await Live("private_key_jwt");
        var broken = traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e => e.Request.Operation == "GET balances"
                ? e with { Request = e.Request.WithHeader("Authorization", null) }
                : e)],
        };

        var report = Checker.Check(broken, RuleCatalogue.All);

        Assert.That(report.Violations.Select(v => (v.Rule.Id, v.Exchange, v.Path)), Has.Member(("TPP-HDR-001", 7, "$.request.headers.Authorization")));
    }

    [Test]
    public async Task The_flow_where_the_psu_declines_breaks_no_rule()
    {
        var traffic = await Recorded(async (bank, recorder) =>
        {
            var client = new AccountInformationClient(bank.Config("obfx-demo-private-key-jwt"), recorder, bank.Time, IdSource.Sequential());
            var declined = await (
                from pending in client.BeginAccountAccess(FlowScript.Consent(TestBank.Start))
                from approval in recorder.Send(Headless.Approval(pending.ConsentUrl.Url, "oliver", approve: false))
                from grant in client.CompleteAccountAccess(pending, Headless.RedirectUrl(approval))
                select grant).ToEither();
            Assert.That(declined.IsLeft, Is.True, "the PSU declined");
        });

        Assert.That(traffic.Exchanges, Has.Count.EqualTo(3), "token, consent, the PSU's refusal");
        AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic, exchanges: 3);
    }

    [Test]
    public async Task The_flow_where_the_bank_refuses_the_client_assertion_breaks_no_rule_a_recording_can_show()
    {
        // The assertion is signed with a key the bank never registered: on the wire it is well-formed (the signature,
        // the only thing wrong, is not recorded), and the bank's 401 invalid_client must itself keep the rules.
        var traffic = await Recorded(async (bank, recorder) =>
        {
            using var stranger = System.Security.Cryptography.RSA.Create(2048);
            var config = (MockAspsp.Hosting.DemoConfigs.For(bank.Bank, bank.Bank.Clients.Find("obfx-demo-private-key-jwt")!.Registration)
                with { SigningKey = stranger.ExportPkcs8PrivateKeyPem() }).Validate().Match(Right: c => c, Left: e => throw new AssertionException(e.ToString()));
            var refused = await new AccountInformationClient(config, recorder, bank.Time, IdSource.Sequential()).BeginAccountAccess(FlowScript.Consent(TestBank.Start)).ToEither();
            Assert.That(refused.IsLeft, Is.True, "the bank refused the client");
        });

        Assert.That(traffic.Exchanges.Single().Response!.Status, Is.EqualTo(401));
        AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic, exchanges: 1);
    }

    private static async Task<RecordedTraffic> Recorded(Func<TestBank, FixtureRecorder, Task> flow)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("obfx-live-").FullName, "flow.json");
        await using (var bank = await TestBank.StartAsync())
        {
            using var http = bank.Interpreter(bank.Transport);
            await flow(bank, new FixtureRecorder(http, path, new Dictionary<string, string> { ["issuer"] = bank.Bank.Issuer.Value, ["recorded_at"] = FixtureDocument.Timestamp(TestBank.Start) }));
        }

        return RecordedFixtures.Read(path, "live flow");
    }

    private static async Task<RecordedTraffic> Live(string authMethod) =>
        RecordedFixtures.Read(await RecordedFixtures.RecordLive(authMethod), $"live {authMethod} flow");

    /// <summary>The report judged every exchange of <paramref name="traffic"/> (<paramref name="exchanges"/> of them) by every rule of the catalogue, and found nothing, of any severity.</summary>
    internal static void AssertNoViolation(CheckReport report, RecordedTraffic traffic, int exchanges = 11)
    {
        Assert.Multiple(() =>
        {
            Assert.That(report.Rules, Has.Count.EqualTo(RuleCatalogue.All.Count).And.Count.GreaterThan(0));
            Assert.That(report.Exchanges, Is.EqualTo(traffic.Exchanges.Count).And.EqualTo(exchanges));
            Assert.That(report.Violations, Is.Empty, () => string.Join("\n", report.Violations.Select(v =>
                $"{v.Rule.Id} at exchange {v.Exchange} ({traffic.Exchanges[v.Exchange - 1].Request.Operation}) {v.Path}: {v.Message}")));
        });
    }
}
