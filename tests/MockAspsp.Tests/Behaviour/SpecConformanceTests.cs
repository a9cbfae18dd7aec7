using System.Net;
using System.Text.Json.Nodes;
using MockAspsp.Seed;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Core.Consents;

namespace MockAspsp.Tests.Behaviour;

/// <summary>
/// Every GET operation of the v3.1.11 Account and Transaction API (as <see cref="SpecOperations"/> lists them) is served,
/// to a Basic consent, a Detail consent and a Detail consent with ReadPAN, and every JSON body conforms to the spec's
/// schema (our conformance schemas) with no member the spec leaves out; no full card number leaves the bank without
/// ReadPAN. One bank for all: the reads change nothing.
/// </summary>
[TestFixture]
public class SpecConformanceTests
{
    private const string Account = "1001";
    private const string StatementId = "1001-S202610";

    private static readonly string[] Basic =
    [
        "ReadAccountsBasic", "ReadBalances", "ReadBeneficiariesBasic", "ReadDirectDebits", "ReadOffers", "ReadParty", "ReadPartyPSU", "ReadProducts",
        "ReadScheduledPaymentsBasic", "ReadStandingOrdersBasic", "ReadStatementsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits",
    ];

    private static readonly string[] Detail =
    [
        "ReadAccountsDetail", "ReadBalances", "ReadBeneficiariesDetail", "ReadDirectDebits", "ReadOffers", "ReadParty", "ReadPartyPSU", "ReadProducts",
        "ReadScheduledPaymentsDetail", "ReadStandingOrdersDetail", "ReadStatementsDetail", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits",
    ];

    private BadRequestContext context = null!;
    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);

    /// <summary>Every AIS GET on a resource (the consent's own operations are read below).</summary>
    public static IEnumerable<TestCaseData> Operations() =>
        SpecOperations.All.Where(o => o.Api == "aisp" && o.Method == "GET" && !o.Template.StartsWith("/account-access-consents", StringComparison.Ordinal))
            .SelectMany(o => new[] { "Basic", "Detail", "Detail+ReadPAN" }.Select(consent => new TestCaseData(o, consent).SetName($"{o} ({consent})")));

    [OneTimeSetUp]
    public async Task StartBank()
    {
        context = new BadRequestContext(await TestBank.StartAsync());
        foreach (var (name, permissions) in new[] { ("Basic", Basic), ("Detail", Detail), ("Detail+ReadPAN", [.. Detail, "ReadPAN"]) })
        {
            var (_, grant) = await context.Authorised(consent: new AccountAccessConsentRequest(permissions));
            tokens[name] = grant.AccessToken;
        }
    }

    [OneTimeTearDown]
    public ValueTask StopBank() => context.DisposeAsync();

    [Test]
    public void Every_AIS_operation_of_the_spec_is_read_here()
    {
        var read = Operations().Select(c => (SpecOperation)c.Arguments[0]!).Distinct().Count();

        Assert.That(read, Is.EqualTo(SpecOperations.All.Count(o => o.Api == "aisp") - 3), "all 29 but the consent's POST, GET and DELETE");
        Assert.That(read, Is.EqualTo(26));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task The_operation_answers_as_the_spec_says(SpecOperation operation, string consent)
    {
        var path = operation.Template.Replace("{AccountId}", Account, StringComparison.Ordinal).Replace("{StatementId}", StatementId, StringComparison.Ordinal);

        using var response = await context.Get(path, tokens[consent]);

        var body = await response.Content.ReadAsStringAsync();
        if (operation.ResponseSchema is null)
        {
            Assert.That(operation.Template, Does.EndWith("/file"), "only a file has no JSON schema");
            // The file needs ReadStatementsDetail; Basic is refused with the spec's error body.
            Assert.That((int)response.StatusCode, Is.EqualTo(consent == "Basic" ? 403 : 200));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(consent == "Basic" ? "application/json" : "application/pdf"));
            if (consent == "Basic")
            {
                Consented.AssertConforms("OBErrorResponse1", body);
            }

            return;
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Consented.AssertConforms(operation.ResponseSchema!, body);
        var data = JsonNode.Parse(body)!["Data"]!.AsObject();
        Assert.That(data.Count, Is.EqualTo(1), "one resource list under Data");
        var items = data.Single().Value;
        Assert.That(items is JsonArray list ? list.Count : 1, Is.GreaterThan(0), "the seeded data has some of every resource for account 1001");
        if (consent != "Detail+ReadPAN")
        {
            Assert.That(FullCardNumbers.Where(pan => body.Contains(pan, StringComparison.Ordinal)), Is.Empty, "a full card number without ReadPAN");
        }
    }

    [Test]
    public async Task With_ReadPAN_the_card_numbers_are_whole()
    {
        var account = (await Consented.Json(context, "/accounts/1004", tokens["Detail+ReadPAN"], "OBReadAccount6")).ToString();
        var beneficiaries = (await Consented.Json(context, "/accounts/1001/beneficiaries", tokens["Detail+ReadPAN"], "OBReadBeneficiary5")).ToString();
        var scheduled = (await Consented.Json(context, "/accounts/1001/scheduled-payments", tokens["Detail+ReadPAN"], "OBReadScheduledPayment3")).ToString();

        Assert.That(account, Does.Contain("5555444433331111"));
        Assert.That(beneficiaries, Does.Contain("5555444433331111"));
        Assert.That(scheduled, Does.Contain("5555444433331111"));
    }

    [Test]
    public async Task The_consents_own_answers_conform_too()
    {
        var pending = await context.Pending();

        using var read = await context.Get($"/account-access-consents/{pending.ConsentId}", pending.ClientToken.AccessToken);
        using var created = await context.PostConsent(pending.ClientToken.AccessToken, """{"Data":{"Permissions":["ReadAccountsDetail","ReadStatementsDetail"]},"Risk":{}}""");

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Consented.AssertConforms("OBReadConsentResponse1", await read.Content.ReadAsStringAsync());
        Consented.AssertConforms("OBReadConsentResponse1", await created.Content.ReadAsStringAsync());
    }

    /// <summary>Every card number in the seeded data: account PANs, the cards on transactions, PAN beneficiaries and payees.</summary>
    private static IReadOnlyList<string> FullCardNumbers { get; } =
    [
        .. SeedData.Bank.Accounts.Where(a => a.SchemeName == "UK.OBIE.PAN").Select(a => a.Identification)
            .Concat(SeedData.Bank.Transactions.Values.SelectMany(t => t).Select(t => t.CardNumber).OfType<string>())
            .Concat(SeedData.Bank.Beneficiaries.Where(b => b.SchemeName == "UK.OBIE.PAN").Select(b => b.Identification))
            .Concat(SeedData.Bank.ScheduledPayments.Where(p => p.CreditorSchemeName == "UK.OBIE.PAN").Select(p => p.CreditorIdentification))
            .Distinct(),
    ];
}
