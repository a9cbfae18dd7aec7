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
    private static Task<(BadRequestContext Context, string Token)> Consent(params string[] permissions) => Consented.Consent(permissions);

    private static Task<(BadRequestContext Context, string Token)> Consent(AccountAccessConsentRequest consent) => Consented.Consent(consent);

    private static Task<JsonElement> Json(BadRequestContext context, string path, string token) => Consented.Json(context, path, token);

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

        var transactions = await client.ReadAll(token, AccountInformation.Transactions(new TransactionQuery("1001"))).Right();

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

        var all = await client.ReadAll(token, AccountInformation.Transactions(new TransactionQuery("1001"))).Right();
        var narrowed = await client.ReadAll(token, AccountInformation.Transactions(new TransactionQuery("1001",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero)))).Right();

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

        var transactions = await context.Library().ReadAll(token, AccountInformation.Transactions(new TransactionQuery("1001"))).Right();

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
    [TestCase("/offers", "ReadOffers", "Offer")]
    [TestCase("/accounts/1004/offers", "ReadOffers", "Offer")]
    [TestCase("/scheduled-payments", "ReadScheduledPaymentsDetail", "ScheduledPayment")]
    [TestCase("/accounts/1001/scheduled-payments", "ReadScheduledPaymentsBasic", "ScheduledPayment")]
    [TestCase("/statements", "ReadStatementsBasic", "Statement")]
    [TestCase("/accounts/1002/statements", "ReadStatementsDetail", "Statement")]
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
    public async Task Basic_scheduled_payments_leave_out_the_creditor_and_Detail_adds_account_and_agent()
    {
        var (basic, basicToken) = await Consented.Consent(new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadScheduledPaymentsBasic"]), "northwind");
        var (detail, detailToken) = await Consented.Consent(new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadScheduledPaymentsDetail"]), "northwind");
        await using var owned = basic;
        await using var owned2 = detail;

        var basicPayments = (await Json(basic, "/scheduled-payments", basicToken)).GetProperty("Data").GetProperty("ScheduledPayment").EnumerateArray().ToList();
        var detailPayments = (await Json(detail, "/scheduled-payments", detailToken)).GetProperty("Data").GetProperty("ScheduledPayment").EnumerateArray().ToList();

        Assert.That(basicPayments.Select(p => p.GetProperty("ScheduledPaymentId").GetString()), Is.EqualTo(new[] { "3001-SP1", "3003-SP1" }));
        Assert.That(basicPayments.Any(p => p.TryGetProperty("CreditorAccount", out _) || p.TryGetProperty("CreditorAgent", out _)), Is.False);
        Assert.That(basicPayments.Select(p => p.GetProperty("InstructedAmount").GetProperty("Amount").GetString()), Is.EqualTo(new[] { "7480.64", "4620.00" }));
        Assert.That(detailPayments.Select(p => p.GetProperty("CreditorAccount").GetProperty("Name").GetString()), Is.EqualTo(new[] { "HMRC VAT", "Hansen Handel GmbH" }));
        Assert.That(detailPayments[1].GetProperty("CreditorAgent").GetProperty("Identification").GetString(), Is.EqualTo("COBADEFFXXX"), "leaving the UK: the creditor's bank");
        Assert.That(detailPayments[0].TryGetProperty("CreditorAgent", out _), Is.False);
    }

    [TestCase("/accounts/1001/beneficiaries", "ReadBeneficiariesDetail", "Beneficiary")]
    [TestCase("/accounts/1001/scheduled-payments", "ReadScheduledPaymentsDetail", "ScheduledPayment")]
    public async Task A_card_number_as_a_creditor_account_is_masked_unless_the_consent_has_ReadPAN(string path, string permission, string member)
    {
        var (masked, maskedToken) = await Consent("ReadAccountsBasic", permission);
        var (whole, wholeToken) = await Consent("ReadAccountsBasic", permission, "ReadPAN");
        await using var owned = masked;
        await using var owned2 = whole;

        string Card(JsonElement document) => document.GetProperty("Data").GetProperty(member).EnumerateArray()
            .Select(i => i.GetProperty("CreditorAccount")).Single(a => a.GetProperty("SchemeName").GetString() == "UK.OBIE.PAN").GetProperty("Identification").GetString()!;

        Assert.That(Card(await Json(masked, path, maskedToken)), Is.EqualTo("************1111"));
        Assert.That(Card(await Json(whole, path, wholeToken)), Is.EqualTo("5555444433331111"));
    }

    [Test]
    public async Task Offers_are_the_same_whatever_else_the_consent_grants()
    {
        var (basic, basicToken) = await Consent("ReadAccountsBasic", "ReadOffers");
        var (detail, detailToken) = await Consent("ReadAccountsDetail", "ReadOffers", "ReadPAN");
        await using var owned = basic;
        await using var owned2 = detail;

        var offers = (await Json(basic, "/accounts/1004/offers", basicToken)).GetProperty("Data");

        Assert.That(offers.GetProperty("Offer").EnumerateArray().Select(o => o.GetProperty("OfferType").GetString()), Is.EqualTo(new[] { "BalanceTransfer", "LimitIncrease" }));
        Assert.That(offers.ToString(), Is.EqualTo((await Json(detail, "/accounts/1004/offers", detailToken)).GetProperty("Data").ToString()));
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
