using System.Text.Json;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Consents;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.Behaviour;

/// <summary>What a consent's permissions do to the answers: Basic vs Detail, ReadPAN, credits and debits, the transaction window, paging.</summary>
public class ResourceShapingTests
{
    private static async Task<(BadRequestContext Context, string Token)> Consent(params string[] permissions) =>
        await Consent(new AccountAccessConsentRequest(permissions));

    private static async Task<(BadRequestContext Context, string Token)> Consent(AccountAccessConsentRequest consent)
    {
        var context = new BadRequestContext(await TestBank.StartAsync());
        var (_, grant) = await context.Authorised(consent: consent);
        return (context, grant.AccessToken);
    }

    private static async Task<JsonElement> Json(BadRequestContext context, string path, string token)
    {
        using var response = await context.Get(path, token);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Test]
    public async Task ReadAccountsBasic_leaves_out_identifications_and_Detail_adds_them()
    {
        var (basic, basicToken) = await Consent("ReadAccountsBasic");
        var (detail, detailToken) = await Consent("ReadAccountsDetail");
        await using var owned = basic;
        await using var owned2 = detail;

        var basicAccount = (await Json(basic, "/accounts/1001", basicToken)).GetProperty("Data").GetProperty("Account")[0];
        var detailAccount = (await Json(detail, "/accounts/1001", detailToken)).GetProperty("Data").GetProperty("Account")[0];

        Assert.That(basicAccount.TryGetProperty("Account", out _), Is.False);
        Assert.That(detailAccount.GetProperty("Account")[0].GetProperty("Identification").GetString(), Is.EqualTo("60161331926819"));
        Assert.That(detailAccount.GetProperty("Servicer").GetProperty("SchemeName").GetString(), Is.EqualTo("UK.OBIE.BICFI"));
    }

    [Test]
    public async Task Card_numbers_are_masked_unless_the_consent_has_ReadPAN()
    {
        var (masked, maskedToken) = await Consent("ReadAccountsDetail", "ReadTransactionsDetail", "ReadTransactionsDebits");
        var (whole, wholeToken) = await Consent("ReadAccountsDetail", "ReadPAN", "ReadTransactionsDetail", "ReadTransactionsDebits");
        await using var owned = masked;
        await using var owned2 = whole;

        string Pan(JsonElement document) => document.GetProperty("Data").GetProperty("Account")[0].GetProperty("Account")[0].GetProperty("Identification").GetString()!;
        string Card(JsonElement document) => document.GetProperty("Data").GetProperty("Transaction")[0].GetProperty("CardInstrument").GetProperty("Identification").GetString()!;

        Assert.That(Pan(await Json(masked, "/accounts/1004", maskedToken)), Is.EqualTo("************1111"));
        Assert.That(Pan(await Json(whole, "/accounts/1004", wholeToken)), Is.EqualTo("5555444433331111"));
        Assert.That(Card(await Json(masked, "/accounts/1004/transactions", maskedToken)), Is.EqualTo("************1111"));
        Assert.That(Card(await Json(whole, "/accounts/1004/transactions", wholeToken)), Is.EqualTo("5555444433331111"));
    }

    [Test]
    public async Task Transaction_Detail_adds_description_counterparty_and_balance()
    {
        var (basic, basicToken) = await Consent("ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits");
        var (detail, detailToken) = await Consent("ReadAccountsBasic", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits");
        await using var owned = basic;
        await using var owned2 = detail;

        var basicFirst = (await Json(basic, "/accounts/1001/transactions", basicToken)).GetProperty("Data").GetProperty("Transaction")[0];
        var detailFirst = (await Json(detail, "/accounts/1001/transactions", detailToken)).GetProperty("Data").GetProperty("Transaction")[0];

        Assert.That(basicFirst.GetProperty("TransactionId").GetString(), Is.EqualTo(detailFirst.GetProperty("TransactionId").GetString()));
        foreach (var field in new[] { "TransactionInformation", "Balance" })
        {
            Assert.That(basicFirst.TryGetProperty(field, out _), Is.False, $"Basic has no {field}");
            Assert.That(detailFirst.TryGetProperty(field, out _), Is.True, $"Detail has {field}");
        }
    }

    [Test]
    public async Task Only_credits_are_shown_when_the_consent_has_only_ReadTransactionsCredits()
    {
        var (context, token) = await Consent("ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits");
        await using var owned = context;
        var client = context.Library();

        var transactions = await client.AllTransactions(token, new TransactionQuery("1001")).Right();

        Assert.That(transactions, Is.Not.Empty);
        Assert.That(transactions.Select(t => t.CreditDebitIndicator).Distinct(), Is.EqualTo(new[] { CreditDebitIndicator.Credit }));
    }

    [Test]
    public async Task Transactions_stay_within_the_consents_window_and_the_querys_booking_dates()
    {
        var window = new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits"],
            TransactionFromDateTime: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), TransactionToDateTime: new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero));
        var (context, token) = await Consent(window);
        await using var owned = context;
        var client = context.Library();

        var all = await client.AllTransactions(token, new TransactionQuery("1001")).Right();
        var narrowed = await client.AllTransactions(token, new TransactionQuery("1001",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero))).Right();

        Assert.That(all.Select(t => t.BookingDateTime.Month).Distinct(), Is.EqualTo(new[] { 6 }));
        Assert.That(narrowed, Is.Not.Empty.And.Count.LessThan(all.Count));
        Assert.That(narrowed.All(t => t.BookingDateTime >= new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) && t.BookingDateTime <= new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero)), Is.True);
    }

    [Test]
    public async Task Pages_link_to_first_prev_next_and_last()
    {
        var (context, token) = await Consent("ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits");
        await using var owned = context;

        var second = await Json(context, "/accounts/1001/transactions?page=2", token);

        var links = second.GetProperty("Links");
        var total = second.GetProperty("Meta").GetProperty("TotalPages").GetInt32();
        Assert.That(total, Is.GreaterThan(10), "a year of a current account is many pages");
        Assert.That(links.GetProperty("Self").GetString(), Is.EqualTo($"{TestBank.Issuer}/open-banking/v3.1/aisp/accounts/1001/transactions?page=2"));
        Assert.That(links.GetProperty("First").GetString(), Is.EqualTo($"{TestBank.Issuer}/open-banking/v3.1/aisp/accounts/1001/transactions"));
        Assert.That(links.GetProperty("Prev").GetString(), Is.EqualTo($"{TestBank.Issuer}/open-banking/v3.1/aisp/accounts/1001/transactions"));
        Assert.That(links.GetProperty("Next").GetString(), Is.EqualTo($"{TestBank.Issuer}/open-banking/v3.1/aisp/accounts/1001/transactions?page=3"));
        Assert.That(links.GetProperty("Last").GetString(), Is.EqualTo($"{TestBank.Issuer}/open-banking/v3.1/aisp/accounts/1001/transactions?page={total}"));
        Assert.That(second.GetProperty("Data").GetProperty("Transaction").GetArrayLength(), Is.EqualTo(25));
    }

    [Test]
    public async Task The_library_reads_every_page_of_a_year()
    {
        var (context, token) = await Consent("ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits");
        await using var owned = context;

        var transactions = await context.Library().AllTransactions(token, new TransactionQuery("1001")).Right();

        Assert.That(transactions, Has.Count.EqualTo(Seed.SeedData.Bank.Transactions["1001"].Length));
        Assert.That(transactions.Select(t => t.TransactionId), Is.Unique);
    }

    [TestCase("/beneficiaries", "ReadBeneficiariesDetail", "Beneficiary")]
    [TestCase("/accounts/1001/beneficiaries", "ReadBeneficiariesBasic", "Beneficiary")]
    [TestCase("/direct-debits", "ReadDirectDebits", "DirectDebit")]
    [TestCase("/accounts/1001/direct-debits", "ReadDirectDebits", "DirectDebit")]
    [TestCase("/standing-orders", "ReadStandingOrdersDetail", "StandingOrder")]
    [TestCase("/accounts/1001/standing-orders", "ReadStandingOrdersBasic", "StandingOrder")]
    [TestCase("/products", "ReadProducts", "Product")]
    [TestCase("/accounts/1001/product", "ReadProducts", "Product")]
    [TestCase("/accounts/1001/parties", "ReadParty", "Party")]
    public async Task The_other_resources_answer_from_the_seeded_data(string path, string permission, string member)
    {
        var (context, token) = await Consent("ReadAccountsBasic", permission);
        await using var owned = context;

        var data = (await Json(context, path, token)).GetProperty("Data").GetProperty(member);

        Assert.That(data.GetArrayLength(), Is.GreaterThan(0));
        Assert.That(data[0].GetProperty(member == "Party" ? "Name" : "AccountId").GetString(), Is.Not.Empty);
    }

    [TestCase("/party", "ReadPartyPSU")]
    [TestCase("/accounts/1001/party", "ReadParty")]
    public async Task The_party_is_the_customer(string path, string permission)
    {
        var (context, token) = await Consent("ReadAccountsBasic", permission);
        await using var owned = context;

        var party = (await Json(context, path, token)).GetProperty("Data").GetProperty("Party");

        Assert.That(party.GetProperty("Name").GetString(), Is.EqualTo("Amelia Clarke"));
    }

    [Test]
    public async Task Basic_standing_orders_and_beneficiaries_leave_out_the_creditor_account()
    {
        var (context, token) = await Consent("ReadAccountsBasic", "ReadBeneficiariesBasic", "ReadStandingOrdersBasic");
        await using var owned = context;

        var beneficiary = (await Json(context, "/beneficiaries", token)).GetProperty("Data").GetProperty("Beneficiary")[0];
        var order = (await Json(context, "/standing-orders", token)).GetProperty("Data").GetProperty("StandingOrder")[0];

        Assert.That(beneficiary.TryGetProperty("CreditorAccount", out _), Is.False);
        Assert.That(order.TryGetProperty("CreditorAccount", out _), Is.False);
    }

    [Test]
    public async Task The_interaction_id_is_echoed_or_made()
    {
        var (context, token) = await Consent("ReadAccountsBasic");
        await using var owned = context;
        var sent = Guid.NewGuid().ToString();

        using var echoed = await context.Get("/accounts", token, h => h.Add("x-fapi-interaction-id", sent));
        using var made = await context.Get("/accounts", token);

        Assert.That(echoed.Headers.GetValues("x-fapi-interaction-id").Single(), Is.EqualTo(sent));
        Assert.That(Guid.TryParse(made.Headers.GetValues("x-fapi-interaction-id").Single(), out _), Is.True);
    }
}
