using OpenBanking.Core.Api;
using LanguageExt;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;
using static OpenBanking.Core.Tests.Accounts.ResourceBodies;

namespace OpenBanking.Core.Tests.Accounts;

/// <summary>
/// The parsers of the AIS resources beyond accounts, balances and transactions, against spec-shaped bodies
/// (<see cref="ResourceBodies"/>): typed values, unknown members tolerated, every required member enforced with the
/// JSON path of the object that lacks it, closed code lists and number shapes enforced at their path.
/// </summary>
public class ResourceParsingTests
{
    private static readonly Dictionary<string, (string Body, Func<HttpResponseSpec, Either<OpenBankingError, IReadOnlyList<object>>> Parse)> Resources = new()
    {
        ["beneficiaries"] = (BeneficiariesBody, r => AccountInformation.Beneficiaries().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["direct-debits"] = (DirectDebitsBody, r => AccountInformation.DirectDebits().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["standing-orders"] = (StandingOrdersBody, r => AccountInformation.StandingOrders().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["scheduled-payments"] = (ScheduledPaymentsBody, r => AccountInformation.ScheduledPayments().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["statements"] = (StatementsBody, r => AccountInformation.Statements().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["products"] = (ProductsBody, r => AccountInformation.Products().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["party"] = (PartyBody, r => AccountInformation.Party().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["parties"] = (PartiesBody, r => AccountInformation.Parties("_").Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
        ["offers"] = (OffersBody, r => AccountInformation.Offers().Parse(r).Map(p => (IReadOnlyList<object>)p.Items)),
    };

    private static IEnumerable<string> ResourceNames => Resources.Keys;

    [Test]
    public void Beneficiaries_parse_with_their_agent_and_account()
    {
        var page = AccountInformation.Beneficiaries().Parse(ScriptedBank.Json(200, BeneficiariesBody)).Right();

        var first = page.Items[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.BeneficiaryType, Is.EqualTo(BeneficiaryType.Trusted));
            Assert.That(first.Reference, Is.EqualTo("Towbar Club"));
            Assert.That(first.CreditorAccount, Is.EqualTo(new AccountIdentification("UK.OBIE.SortCodeAccountNumber", "80200112345678", "Mrs Juniper")));
            Assert.That(first.CreditorAgent!.PostalAddress!.AddressLine, Is.EqualTo(new[] { "1 High Street" }));
            Assert.That(first.SupplementaryData!.Value.GetProperty("bank").GetString(), Is.EqualTo("extra"));
            Assert.That(page.Items[1], Is.EqualTo(new Beneficiary(BeneficiaryId: "Ben2", BeneficiaryType: BeneficiaryType.Ordinary)));
        });
    }

    [Test]
    public void Direct_debits_parse_with_their_last_payment()
    {
        var debit = AccountInformation.DirectDebits().Parse(ScriptedBank.Json(200, DirectDebitsBody)).Right().Items.Single();

        Assert.That(debit, Is.EqualTo(new DirectDebit("22289", "Caravanners", "Towbar Club 3 - We Love Towbars", "DD03", DirectDebitStatus.Active,
            new DateTimeOffset(2017, 4, 5, 10, 43, 7, TimeSpan.Zero), "UK.OBIE.Monthly", new ObAmount(0.57m, "GBP"))));
    }

    [Test]
    public void Standing_orders_parse_with_their_schedule_and_amounts()
    {
        var order = AccountInformation.StandingOrders().Parse(ScriptedBank.Json(200, StandingOrdersBody)).Right().Items.Single();

        Assert.Multiple(() =>
        {
            Assert.That(order.Frequency, Is.EqualTo("IntrvlMnthDay:01:-01"));
            Assert.That(order.StandingOrderStatusCode, Is.EqualTo(StandingOrderStatus.Active));
            Assert.That(order.NumberOfPayments, Is.EqualTo("120"));
            Assert.That(order.FirstPaymentAmount, Is.EqualTo(new ObAmount(0.57m, "GBP")));
            Assert.That(order.FinalPaymentDateTime, Is.EqualTo(new DateTimeOffset(2027, 8, 12, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(order.CreditorAgent, Is.EqualTo(new FinancialInstitutionId("UK.OBIE.BICFI", "AAAAGB2L")));
            Assert.That(order.CreditorAccount!.Name, Is.EqualTo("Mrs Juniper"));
            Assert.That(order.SupplementaryData!.Value.GetProperty("bank").GetProperty("field").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Scheduled_payments_parse_with_their_date_type_and_amount()
    {
        var payment = AccountInformation.ScheduledPayments().Parse(ScriptedBank.Json(200, ScheduledPaymentsBody)).Right().Items.Single();

        Assert.That(payment, Is.EqualTo(new ScheduledPayment("22289", new DateTimeOffset(2017, 5, 5, 0, 0, 0, TimeSpan.Zero), ScheduleType.Execution,
            new ObAmount(10.00m, "GBP"), "SP03", "Towbar Club", "Caravan", new FinancialInstitutionId("UK.OBIE.BICFI", "AAAAGB2L"),
            new AccountIdentification("UK.OBIE.SortCodeAccountNumber", "23605490179017", "Mr Tee"))));
    }

    [Test]
    public void Statements_parse_with_every_detail_part()
    {
        var page = AccountInformation.Statements().Parse(ScriptedBank.Json(200, StatementsBody)).Right();

        var statement = page.Items[0];
        Assert.Multiple(() =>
        {
            Assert.That(statement.Type, Is.EqualTo(StatementType.RegularPeriodic));
            Assert.That(statement.EndDateTime, Is.EqualTo(new DateTimeOffset(2017, 8, 31, 23, 59, 59, TimeSpan.Zero)));
            Assert.That(statement.StatementDescription, Is.EqualTo(new[] { "August 2017 Statement", "One Free Uber Ride" }));
            Assert.That(statement.StatementBenefit, Is.EqualTo(new[] { new StatementBenefit("UK.OBIE.Cashback", new ObAmount(0.58m, "GBP")) }));
            Assert.That(statement.StatementFee, Is.EqualTo(new[]
            {
                new StatementFeeOrInterest(CreditDebitIndicator.Debit, "UK.OBIE.Monthly", new ObAmount(1.66m, "GBP"), "Monthly fee", 1.5m, "UK.OBIE.AER", "UK.OBIE.StatementMonthly"),
            }));
            Assert.That(statement.StatementInterest, Is.EqualTo(new[] { new StatementFeeOrInterest(CreditDebitIndicator.Credit, "UK.OBIE.Total", new ObAmount(0.02m, "GBP"), Rate: 0.25m) }));
            Assert.That(statement.StatementAmount![0].Amount, Is.EqualTo(new ObAmount(400.00m, "GBP", AmountSubType.BaseCurrency)));
            Assert.That(statement.StatementAmount[1].SignedAmount, Is.EqualTo(-12.50m));
            Assert.That(statement.StatementAmount[1].LocalAmount, Is.EqualTo(new ObAmount(14.60m, "EUR", AmountSubType.LocalCurrency)));
            Assert.That(statement.StatementDateTime, Is.EqualTo(new[] { new StatementDateTime(new DateTimeOffset(2017, 9, 20, 0, 0, 0, TimeSpan.Zero), "UK.OBIE.PaymentDue") }));
            Assert.That(statement.StatementRate, Is.EqualTo(new[] { new StatementRate(-0.5m, "UK.OBIE.AnnualPurchase") }));
            Assert.That(statement.StatementValue, Is.EqualTo(new[] { new StatementValue("250", "UK.OBIE.AirMilesPoints") }));
            Assert.That(statement.TotalValue, Is.EqualTo(new ObAmount(400.00m, "GBP")));
            Assert.That(page.Items[1], Is.EqualTo(new Statement("22289", StatementType.Interim,
                new DateTimeOffset(2017, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2017, 9, 15, 23, 59, 59, TimeSpan.Zero),
                new DateTimeOffset(2017, 9, 16, 0, 0, 0, TimeSpan.Zero), "8002")));
            Assert.That(page.Meta!.FirstAvailableDateTime, Is.EqualTo(new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Products_parse_the_top_level_typed_and_keep_the_product_data_model_as_sent()
    {
        var page = AccountInformation.Products().Parse(ScriptedBank.Json(200, ProductsBody)).Right();

        var pca = page.Items[0];
        var other = page.Items[1];
        Assert.Multiple(() =>
        {
            Assert.That(pca.ProductType, Is.EqualTo(ProductType.PersonalCurrentAccount));
            Assert.That((pca.ProductName, pca.ProductId, pca.SecondaryProductId, pca.MarketingStateId), Is.EqualTo(("321 Product", "51B", "PCA-321", "Regular")));
            Assert.That(pca.Pca!.Value.GetProperty("ProductDetails").GetProperty("MonthlyMaximumCharge").GetString(), Is.EqualTo("20.00"));
            Assert.That(pca.Bca, Is.Null);
            Assert.That(other.ProductType, Is.EqualTo(ProductType.Other));
            Assert.That(other.OtherProductType!.Value.GetProperty("Name").GetString(), Is.EqualTo("Cash ISA"));
        });
    }

    [Test]
    public void A_single_party_parses_with_its_relationships_and_addresses()
    {
        var party = AccountInformation.Party().Parse(ScriptedBank.Json(200, PartyBody)).Right().Items.Single();

        Assert.Multiple(() =>
        {
            Assert.That(party.PartyType, Is.EqualTo(PartyType.Sole));
            Assert.That(party.LegalStructure, Is.EqualTo("UK.OBIE.PrivateLimitedCompany"));
            Assert.That(party.BeneficialOwnership, Is.True);
            Assert.That(party.Relationships, Is.EqualTo(new PartyRelationships(new RelatedResource("https://api.alphabank.com/open-banking/v3.1/aisp/accounts/22289", "22289"))));
            Assert.That(party.Address, Is.EqualTo(new[]
            {
                new PartyAddress("GB", AddressType.Business, ["Street 1", "Floor 2"], "Street", "1", "EC1 1AA", "London", "Greater London"),
            }));
        });
    }

    [Test]
    public void A_party_document_without_a_party_is_an_empty_page()
    {
        var page = AccountInformation.Party().Parse(ScriptedBank.Json(200, """{"Data":{},"Links":{"Self":"x"}}""")).Right();

        Assert.That(page.Items, Is.Empty);
    }

    [Test]
    public void Parties_parse_as_a_list()
    {
        var parties = AccountInformation.Parties("_").Parse(ScriptedBank.Json(200, PartiesBody)).Right().Items;

        Assert.That(parties.Select(p => (p.PartyId, p.PartyType, p.AccountRole)), Is.EqualTo(new[]
        {
            ("PABC123", (PartyType?)PartyType.Joint, "UK.OBIE.Principal"),
            ("PXYZ789", PartyType.Delegate, "UK.OBIE.PowerOfAttorney"),
        }));
        Assert.That(parties[0].Address!.Single(), Is.EqualTo(new PartyAddress("GB", PostCode: "N1 1AA")));
    }

    [Test]
    public void Offers_parse_rates_from_strings_as_decimals()
    {
        var offers = AccountInformation.Offers().Parse(ScriptedBank.Json(200, OffersBody)).Right().Items;

        Assert.Multiple(() =>
        {
            Assert.That(offers[0].OfferType, Is.EqualTo(OfferType.LimitIncrease));
            Assert.That(offers[0].Rate, Is.EqualTo(19.9m));
            Assert.That(offers[0].Value, Is.EqualTo(3));
            Assert.That(offers[0].Url, Is.EqualTo("https://www.alphabank.com/offers"));
            Assert.That(offers[0].Amount, Is.EqualTo(new ObAmount(10000.00m, "GBP")));
            Assert.That(offers[0].Fee, Is.EqualTo(new ObAmount(5.00m, "GBP")));
            Assert.That(offers[1], Is.EqualTo(new Offer("22289", "Offer2", OfferType.BalanceTransfer, Rate: -1.25m)));
        });
    }

    [TestCaseSource(nameof(ResourceNames))]
    public void Members_the_spec_does_not_define_are_ignored(string resource)
    {
        var (body, parse) = Resources[resource];
        var withMore = body.Replace("\"BankOwnField\"", "\"AnotherField\": {\"deep\": [1, 2]}, \"BankOwnField\"", StringComparison.Ordinal)
            .Replace("\"Links\":", "\"Extra\": \"x\", \"Links\":", StringComparison.Ordinal);

        Assert.That(body, Does.Contain("BankOwnField"), "the body carries an unknown member");
        Assert.That(parse(ScriptedBank.Json(200, withMore)).Right(), Is.EqualTo(parse(ScriptedBank.Json(200, body)).Right()));
    }

    [TestCase("beneficiaries", "\"SchemeName\": \"UK.OBIE.SortCodeAccountNumber\",", "$.Data.Beneficiary[0].CreditorAccount", "SchemeName")]
    [TestCase("beneficiaries", "\"Identification\": \"80200112345678\",", "$.Data.Beneficiary[0].CreditorAccount", "Identification")]
    [TestCase("direct-debits", "\"AccountId\": \"22289\",", "$.Data.DirectDebit[0]", "AccountId")]
    [TestCase("direct-debits", "\"MandateIdentification\": \"Caravanners\",", "$.Data.DirectDebit[0]", "MandateIdentification")]
    [TestCase("direct-debits", "\"Name\": \"Towbar Club 3 - We Love Towbars\",", "$.Data.DirectDebit[0]", "Name")]
    [TestCase("direct-debits", "\"Amount\": \"0.57\", ", "$.Data.DirectDebit[0].PreviousPaymentAmount", "Amount")]
    [TestCase("standing-orders", "\"AccountId\": \"22289\",", "$.Data.StandingOrder[0]", "AccountId")]
    [TestCase("standing-orders", "\"Frequency\": \"IntrvlMnthDay:01:-01\",", "$.Data.StandingOrder[0]", "Frequency")]
    [TestCase("standing-orders", ", \"Identification\": \"AAAAGB2L\"", "$.Data.StandingOrder[0].CreditorAgent", "Identification")]
    [TestCase("standing-orders", "\"SchemeName\": \"UK.OBIE.SortCodeAccountNumber\", ", "$.Data.StandingOrder[0].CreditorAccount", "SchemeName")]
    [TestCase("scheduled-payments", "\"AccountId\": \"22289\",", "$.Data.ScheduledPayment[0]", "AccountId")]
    [TestCase("scheduled-payments", "\"ScheduledPaymentDateTime\": \"2017-05-05T00:00:00+00:00\",", "$.Data.ScheduledPayment[0]", "ScheduledPaymentDateTime")]
    [TestCase("scheduled-payments", "\"ScheduledType\": \"Execution\",", "$.Data.ScheduledPayment[0]", "ScheduledType")]
    [TestCase("scheduled-payments", "\"InstructedAmount\": {\"Amount\": \"10.00\", \"Currency\": \"GBP\"},", "$.Data.ScheduledPayment[0]", "InstructedAmount")]
    [TestCase("statements", "\"AccountId\": \"22289\",", "$.Data.Statement[0]", "AccountId")]
    [TestCase("statements", "\"Type\": \"RegularPeriodic\",", "$.Data.Statement[0]", "Type")]
    [TestCase("statements", "\"StartDateTime\": \"2017-08-01T00:00:00+00:00\",", "$.Data.Statement[0]", "StartDateTime")]
    [TestCase("statements", "\"EndDateTime\": \"2017-08-31T23:59:59+00:00\",", "$.Data.Statement[0]", "EndDateTime")]
    [TestCase("statements", "\"CreationDateTime\": \"2017-09-01T00:00:00+00:00\",", "$.Data.Statement[0]", "CreationDateTime")]
    [TestCase("statements", ", \"Type\": \"UK.OBIE.Cashback\"", "$.Data.Statement[0].StatementBenefit[0]", "Type")]
    [TestCase("statements", "\"Amount\": {\"Amount\": \"0.58\", \"Currency\": \"GBP\"}, ", "$.Data.Statement[0].StatementBenefit[0]", "Amount")]
    [TestCase("statements", "\"CreditDebitIndicator\": \"Debit\", ", "$.Data.Statement[0].StatementFee[0]", "CreditDebitIndicator")]
    [TestCase("statements", "\"Type\": \"UK.OBIE.Monthly\", ", "$.Data.Statement[0].StatementFee[0]", "Type")]
    [TestCase("statements", ", \"Amount\": {\"Amount\": \"0.02\", \"Currency\": \"GBP\"}", "$.Data.Statement[0].StatementInterest[0]", "Amount")]
    [TestCase("statements", "\"CreditDebitIndicator\": \"Credit\", \"Type\": \"UK.OBIE.Total\", ", "$.Data.Statement[0].StatementInterest[0]", "CreditDebitIndicator")]
    [TestCase("statements", "\"Type\": \"UK.OBIE.ClosingBalance\", ", "$.Data.Statement[0].StatementAmount[0]", "Type")]
    [TestCase("statements", ", \"Amount\": {\"Amount\": \"400.00\", \"Currency\": \"GBP\", \"SubType\": \"BaseCurrency\"}", "$.Data.Statement[0].StatementAmount[0]", "Amount")]
    [TestCase("statements", "\"DateTime\": \"2017-09-20T00:00:00+00:00\", ", "$.Data.Statement[0].StatementDateTime[0]", "DateTime")]
    [TestCase("statements", "\"Rate\": \"-0.5\", ", "$.Data.Statement[0].StatementRate[0]", "Rate")]
    [TestCase("statements", "\"Value\": \"250\", ", "$.Data.Statement[0].StatementValue[0]", "Value")]
    [TestCase("statements", ", \"Type\": \"UK.OBIE.AirMilesPoints\"", "$.Data.Statement[0].StatementValue[0]", "Type")]
    [TestCase("products", "\"AccountId\": \"22289\",", "$.Data.Product[0]", "AccountId")]
    [TestCase("products", "\"ProductType\": \"PersonalCurrentAccount\",", "$.Data.Product[0]", "ProductType")]
    [TestCase("party", "\"PartyId\": \"PXSIF023\",", "$.Data.Party", "PartyId")]
    [TestCase("party", ", \"Country\": \"GB\"", "$.Data.Party.Address[0]", "Country")]
    [TestCase("party", ", \"Id\": \"22289\"", "$.Data.Party.Relationships.Account", "Id")]
    [TestCase("party", "\"Related\": \"https://api.alphabank.com/open-banking/v3.1/aisp/accounts/22289\", ", "$.Data.Party.Relationships.Account", "Related")]
    [TestCase("parties", "\"PartyId\": \"PXYZ789\", ", "$.Data.Party[1]", "PartyId")]
    [TestCase("parties", "\"Country\": \"GB\", ", "$.Data.Party[0].Address[0]", "Country")]
    [TestCase("offers", "\"AccountId\": \"22289\",", "$.Data.Offer[0]", "AccountId")]
    [TestCase("offers", ", \"Currency\": \"GBP\"", "$.Data.Offer[0].Amount", "Currency")]
    public void A_missing_required_member_is_a_parse_error_naming_it_at_its_path(string resource, string removed, string path, string member)
    {
        var error = FailureAfterReplacing(resource, removed, "");

        Assert.That(error.Path, Is.EqualTo(path));
        Assert.That(error.Message, Does.Contain($"'{member}'"));
    }

    [TestCaseSource(nameof(ResourceNames))]
    public void A_missing_data_object_is_a_parse_error(string resource)
    {
        var error = Resources[resource].Parse(ScriptedBank.Json(200, """{"Links":{"Self":"x"},"Meta":{}}""")).LeftOf<ParseError, IReadOnlyList<object>>();

        Assert.That(error.Message, Does.Contain("Data"));
    }

    [TestCase("beneficiaries", "\"Trusted\"", "\"Friend\"", "$.Data.Beneficiary[0].BeneficiaryType")]
    [TestCase("direct-debits", "\"Active\"", "\"Paused\"", "$.Data.DirectDebit[0].DirectDebitStatusCode")]
    [TestCase("standing-orders", "\"Active\"", "\"On\"", "$.Data.StandingOrder[0].StandingOrderStatusCode")]
    [TestCase("scheduled-payments", "\"Execution\"", "\"Immediate\"", "$.Data.ScheduledPayment[0].ScheduledType")]
    [TestCase("statements", "\"RegularPeriodic\"", "\"Monthly\"", "$.Data.Statement[0].Type")]
    [TestCase("statements", "\"Debit\"", "\"Minus\"", "$.Data.Statement[0].StatementFee[0].CreditDebitIndicator")]
    [TestCase("statements", "\"LocalCurrency\"", "\"Foreign\"", "$.Data.Statement[0].StatementAmount[1].LocalAmount.SubType")]
    [TestCase("products", "\"PersonalCurrentAccount\"", "\"Mortgage\"", "$.Data.Product[0].ProductType")]
    [TestCase("party", "\"Sole\"", "\"Single\"", "$.Data.Party.PartyType")]
    [TestCase("party", "\"Business\"", "\"Office\"", "$.Data.Party.Address[0].AddressType")]
    [TestCase("parties", "\"Joint\"", "\"Shared\"", "$.Data.Party[0].PartyType")]
    [TestCase("offers", "\"LimitIncrease\"", "\"Cashback\"", "$.Data.Offer[0].OfferType")]
    [TestCase("offers", "\"LimitIncrease\"", "1", "$.Data.Offer[0].OfferType")]
    [TestCase("statements", "\"RegularPeriodic\"", "4", "$.Data.Statement[0].Type")]
    public void A_code_outside_the_closed_list_is_a_parse_error_at_its_path(string resource, string original, string replacement, string path) =>
        Assert.That(FailureAfterReplacing(resource, original, replacement).Path, Is.EqualTo(path));

    [TestCase("offers", "\"19.9\"", "19.9", "$.Data.Offer[0].Rate")]
    [TestCase("offers", "\"19.9\"", "\"19.99999\"", "$.Data.Offer[0].Rate")]
    [TestCase("offers", "\"19.9\"", "\"1000\"", "$.Data.Offer[0].Rate")]
    [TestCase("offers", "\"19.9\"", "\"+19.9\"", "$.Data.Offer[0].Rate")]
    [TestCase("offers", "\"Value\": 3", "\"Value\": \"3\"", "$.Data.Offer[0].Value")]
    [TestCase("statements", "\"-0.5\"", "\"--0.5\"", "$.Data.Statement[0].StatementRate[0].Rate")]
    [TestCase("statements", "\"-0.5\"", "\"-.5\"", "$.Data.Statement[0].StatementRate[0].Rate")]
    [TestCase("statements", "\"Rate\": 1.5", "\"Rate\": \"1.5\"", "$.Data.Statement[0].StatementFee[0].Rate")]
    [TestCase("statements", "\"StartDateTime\": \"2017-08-01T00:00:00+00:00\"", "\"StartDateTime\": \"1 August 2017\"", "$.Data.Statement[0].StartDateTime")]
    [TestCase("direct-debits", "\"0.57\"", "\"-0.57\"", "$.Data.DirectDebit[0].PreviousPaymentAmount.Amount")]
    [TestCase("scheduled-payments", "\"10.00\"", "10.00", "$.Data.ScheduledPayment[0].InstructedAmount.Amount")]
    [TestCase("party", "\"BeneficialOwnership\": true", "\"BeneficialOwnership\": \"yes\"", "$.Data.Party.BeneficialOwnership")]
    public void A_value_of_the_wrong_shape_is_a_parse_error_at_its_path(string resource, string original, string replacement, string path) =>
        Assert.That(FailureAfterReplacing(resource, original, replacement).Path, Is.EqualTo(path));

    [TestCase("beneficiaries", """{"Data":{"Beneficiary":[null]}}""", "$.Data")]
    [TestCase("direct-debits", """{"Data":{"DirectDebit":[null]}}""", "$.Data")]
    [TestCase("standing-orders", """{"Data":{"StandingOrder":[null]}}""", "$.Data")]
    [TestCase("scheduled-payments", """{"Data":{"ScheduledPayment":[null]}}""", "$.Data")]
    [TestCase("statements", """{"Data":{"Statement":[null]}}""", "$.Data")]
    [TestCase("products", """{"Data":{"Product":[null]}}""", "$.Data")]
    [TestCase("parties", """{"Data":{"Party":[null]}}""", "$.Data")]
    [TestCase("offers", """{"Data":{"Offer":[null]}}""", "$.Data")]
    [TestCase("statements", """{"Data":{"Statement":[{"AccountId":"1","Type":"Annual","StartDateTime":"2017-01-01T00:00:00Z","EndDateTime":"2017-12-31T00:00:00Z","CreationDateTime":"2018-01-01T00:00:00Z","StatementFee":[null]}]}}""", "$.Data.Statement[0]")]
    [TestCase("party", """{"Data":{"Party":{"PartyId":"P1","Address":[{"Country":"GB","AddressLine":[null]}]}}}""", "$.Data.Party.Address[0]")]
    public void Nulls_where_the_spec_has_none_are_parse_errors_not_crashes(string resource, string body, string path)
    {
        var error = Resources[resource].Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, IReadOnlyList<object>>();

        Assert.That(error.Path, Is.EqualTo(path));
    }

    [TestCaseSource(nameof(ResourceNames))]
    public void An_empty_data_object_is_an_empty_page(string resource)
    {
        Assert.That(Resources[resource].Parse(ScriptedBank.Json(200, """{"Data":{},"Links":{"Self":"x"}}""")).Right(), Is.Empty);
    }

    [Test]
    public void A_403_for_a_missing_permission_is_an_api_error_of_the_operation()
    {
        var body = """{"Code":"403 Forbidden","Message":"Missing permission","Errors":[{"ErrorCode":"UK.OBIE.Resource.ConsentMismatch","Message":"ReadStatementsDetail not granted"}]}""";

        var error = AccountInformation.Statements().Parse(ScriptedBank.Json(403, body), "GET account statements").LeftOf<ApiError, ResourcePage<Statement>>();

        Assert.That(error.Errors.Single().ErrorCode, Is.EqualTo("UK.OBIE.Resource.ConsentMismatch"));
        Assert.That(error.Message, Does.Contain("GET account statements"));
    }

    /// <summary>The parse error of <paramref name="resource"/>'s body with the first <paramref name="old"/> replaced.</summary>
    private static ParseError FailureAfterReplacing(string resource, string old, string replacement)
    {
        var (body, parse) = Resources[resource];
        return parse(ScriptedBank.Json(200, ReplaceFirst(body, old, replacement))).LeftOf<ParseError, IReadOnlyList<object>>();
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{old}' not in the body");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
