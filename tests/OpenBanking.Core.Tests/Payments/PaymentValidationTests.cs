using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Payments;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// Every reason the bank must refuse a payment request is found before it is sent, at the JSON path of its member, all at
/// once: each case below changes one member of a valid request and expects exactly one problem.
/// </summary>
public class PaymentValidationTests
{
    private static DomesticPaymentConsentRequest Domestic(Func<DomesticPaymentInitiation, DomesticPaymentInitiation> change) =>
        DomesticConsent with { Initiation = change(DomesticInitiation) };

    private static IEnumerable<TestCaseData> DomesticCases()
    {
        yield return Case("an amount of zero", Domestic(i => i with { InstructedAmount = new PaymentAmount(0m, "GBP") }), "Initiation.InstructedAmount.Amount", "0 is not more than zero");
        yield return Case("a negative amount", Domestic(i => i with { InstructedAmount = new PaymentAmount(-5m, "GBP") }), "Initiation.InstructedAmount.Amount", "-5 is not more than zero");
        yield return Case("an amount of 14 digits", Domestic(i => i with { InstructedAmount = new PaymentAmount(12345678901234m, "GBP") }), "Initiation.InstructedAmount.Amount", "14 digits before the point, more than 13");
        yield return Case("an amount of 6 decimals", Domestic(i => i with { InstructedAmount = new PaymentAmount(1.123456m, "GBP") }), "Initiation.InstructedAmount.Amount", "6 decimals, more than 5");
        yield return Case("trailing zeros that make 6 decimals", Domestic(i => i with { InstructedAmount = new PaymentAmount(1.500000m, "GBP") }), "Initiation.InstructedAmount.Amount", "6 decimals");
        yield return Case("a lower-case currency", Domestic(i => i with { InstructedAmount = new PaymentAmount(1m, "gbp") }), "Initiation.InstructedAmount.Currency", "three upper-case letters");
        yield return Case("a currency ISO 4217 does not have", Domestic(i => i with { InstructedAmount = new PaymentAmount(1m, "ABC") }), "Initiation.InstructedAmount.Currency", "not an ISO 4217 currency code");
        yield return Case("an instruction id of 36 characters", Domestic(i => i with { InstructionIdentification = new string('i', 36) }), "Initiation.InstructionIdentification", "36 characters, more than 35");
        yield return Case("an empty instruction id", Domestic(i => i with { InstructionIdentification = "" }), "Initiation.InstructionIdentification", "is empty");
        yield return Case("an end-to-end id of 36 characters", Domestic(i => i with { EndToEndIdentification = new string('e', 36) }), "Initiation.EndToEndIdentification", "more than 35");
        yield return Case("no end-to-end id", Domestic(i => i with { EndToEndIdentification = null! }), "Initiation.EndToEndIdentification", "is missing");
        yield return Case("a reference of 36 characters", Domestic(i => i with { RemittanceInformation = new RemittanceInformation(Reference: new string('r', 36)) }), "Initiation.RemittanceInformation.Reference", "more than 35");
        yield return Case("unstructured text of 141 characters", Domestic(i => i with { RemittanceInformation = new RemittanceInformation(new string('u', 141)) }), "Initiation.RemittanceInformation.Unstructured", "141 characters, more than 140");
        yield return Case("a creditor name of 351 characters", Domestic(i => i with { CreditorAccount = Payee with { Name = new string('n', 351) } }), "Initiation.CreditorAccount.Name", "more than 350");
        yield return Case("a creditor account without a name", Domestic(i => i with { CreditorAccount = Payee with { Name = null } }), "Initiation.CreditorAccount.Name", "is missing");
        yield return Case("a secondary identification of 35 characters", Domestic(i => i with { CreditorAccount = Payee with { SecondaryIdentification = new string('s', 35) } }), "Initiation.CreditorAccount.SecondaryIdentification", "more than 34");
        yield return Case("a sort code and account number of 13 digits", Domestic(i => i with { CreditorAccount = PaymentAccount.SortCodeAccountNumber("08080", "21325698", "ACME") }), "Initiation.CreditorAccount.Identification", "14 digits");
        yield return Case("a sort code with a letter", Domestic(i => i with { DebtorAccount = PaymentAccount.SortCodeAccountNumber("11280A", "01234567") }), "Initiation.DebtorAccount.Identification", "14 digits");
        yield return Case("an IBAN with wrong check digits", Domestic(i => i with { CreditorAccount = PaymentAccount.Iban("GB82WEST12345698765433", "ACME") }), "Initiation.CreditorAccount.Identification", "check digits are wrong");
        yield return Case("a PAN of letters", Domestic(i => i with { DebtorAccount = PaymentAccount.Pan("4444-33X2-2222-1111") }), "Initiation.DebtorAccount.Identification", "8 to 19 digits");
        yield return Case("a scheme the spec does not list in its own namespace", Domestic(i => i with { CreditorAccount = Payee with { SchemeName = "UK.OBIE.Unknown" } }), "Initiation.CreditorAccount.SchemeName", "not one of");
        yield return Case("a scheme without a namespace", Domestic(i => i with { CreditorAccount = Payee with { SchemeName = "IBAN" } }), "Initiation.CreditorAccount.SchemeName", "not one of");
        yield return Case("a local instrument without a namespace", Domestic(i => i with { LocalInstrument = "FPS" }), "Initiation.LocalInstrument", "not one of");
        yield return Case("eight address lines", Domestic(i => i with { CreditorPostalAddress = Address with { AddressLine = ["1", "2", "3", "4", "5", "6", "7", "8"] } }), "Initiation.CreditorPostalAddress.AddressLine", "8 lines, more than 7");
        yield return Case("an address country of three letters", Domestic(i => i with { CreditorPostalAddress = Address with { Country = "GBR" } }), "Initiation.CreditorPostalAddress.Country", "two upper-case letters");
        yield return Case("a town name of 36 characters", Domestic(i => i with { CreditorPostalAddress = Address with { TownName = new string('t', 36) } }), "Initiation.CreditorPostalAddress.TownName", "more than 35");
        yield return Case("supplementary data that is not an object", Domestic(i => i with { SupplementaryData = Json("[1]") }), "Initiation.SupplementaryData", "is a JSON array, not an object");
        yield return Case("an authorisation to complete in the past", DomesticConsent with { Authorisation = new PaymentAuthorisation(AuthorisationType.Single, Now.AddSeconds(-1)) }, "Authorisation.CompletionDateTime", "is not in the future");
        yield return Case("a reference payment order id of 41 characters", DomesticConsent with { ScaSupportData = new ScaSupportData(ReferencePaymentOrderId: new string('o', 41)) }, "SCASupportData.ReferencePaymentOrderId", "more than 40");
        yield return Case("a refund answer that is no code", DomesticConsent with { ReadRefundAccount = (ReadRefundAccount)7 }, "ReadRefundAccount", "7 is not a ReadRefundAccount");
    }

    private static IEnumerable<TestCaseData> RiskCases()
    {
        yield return Case("no risk", DomesticConsent with { Risk = null! }, "$.Risk", "is missing", rooted: true);
        yield return Case("a merchant category code of two characters", DomesticConsent with { Risk = Risk with { MerchantCategoryCode = "59" } }, "$.Risk.MerchantCategoryCode", "fewer than 3", rooted: true);
        yield return Case("a payment purpose code of five characters", DomesticConsent with { Risk = Risk with { PaymentPurposeCode = "CASHX" } }, "$.Risk.PaymentPurposeCode", "more than 4", rooted: true);
        yield return Case("three delivery address lines", DomesticConsent with { Risk = Risk with { DeliveryAddress = Risk.DeliveryAddress! with { AddressLine = ["1", "2", "3"] } } }, "$.Risk.DeliveryAddress.AddressLine", "more than 2", rooted: true);
        yield return Case("a delivery address without a town", DomesticConsent with { Risk = Risk with { DeliveryAddress = Risk.DeliveryAddress! with { TownName = null! } } }, "$.Risk.DeliveryAddress.TownName", "is missing", rooted: true);
        yield return Case("a lower-case delivery country", DomesticConsent with { Risk = Risk with { DeliveryAddress = Risk.DeliveryAddress! with { Country = "gb" } } }, "$.Risk.DeliveryAddress.Country", "two upper-case letters", rooted: true);
    }

    private static IEnumerable<TestCaseData> OtherCases()
    {
        yield return Case("a scheduled payment requested for now", DomesticScheduledConsent with { Initiation = DomesticScheduledInitiation with { RequestedExecutionDateTime = Now } },
            "Initiation.RequestedExecutionDateTime", "is not in the future");
        yield return Case("a scheduled international payment requested yesterday", InternationalScheduledConsent with { Initiation = InternationalScheduledInitiation with { RequestedExecutionDateTime = Now.AddDays(-1) } },
            "Initiation.RequestedExecutionDateTime", "is not in the future");
        yield return Case("a standing order of the wrong frequency", DomesticOrderConsent with { Initiation = DomesticStandingOrderPlan with { Frequency = "Monthly" } },
            "Initiation.Frequency", "does not match the spec's pattern");
        yield return Case("a standing order starting in the past", DomesticOrderConsent with { Initiation = DomesticStandingOrderPlan with { FirstPaymentDateTime = Now.AddHours(-1) } },
            "Initiation.FirstPaymentDateTime", "is not in the future");
        yield return Case("a standing order ending before it starts", DomesticOrderConsent with { Initiation = DomesticStandingOrderPlan with { FinalPaymentDateTime = Now.AddDays(2) } },
            "Initiation.FinalPaymentDateTime", "is before FirstPaymentDateTime");
        yield return Case("a standing order recurring before it starts", DomesticOrderConsent with { Initiation = DomesticStandingOrderPlan with { RecurringPaymentDateTime = Now.AddDays(1) } },
            "Initiation.RecurringPaymentDateTime", "is before FirstPaymentDateTime");
        yield return Case("a standing order of zero payments", DomesticOrderConsent with { Initiation = DomesticStandingOrderPlan with { NumberOfPayments = "0" } },
            "Initiation.NumberOfPayments", "digits, at least 1");
        yield return Case("a standing order of 'ten' payments", InternationalOrderConsent with { Initiation = InternationalStandingOrderPlan with { NumberOfPayments = "ten" } },
            "Initiation.NumberOfPayments", "digits, at least 1");
        yield return Case("a final amount of zero", DomesticOrderConsent with { Initiation = DomesticStandingOrderPlan with { FinalPaymentAmount = new PaymentAmount(0m, "GBP") } },
            "Initiation.FinalPaymentAmount.Amount", "not more than zero");
        yield return Case("an agreed rate without its rate", InternationalConsent with { Initiation = InternationalInitiation with { ExchangeRateInformation = new ExchangeRateInformation("GBP", RateType.Agreed, null, "FX-1") } },
            "Initiation.ExchangeRateInformation.ExchangeRate", "an Agreed rate gives the rate");
        yield return Case("an agreed rate without its contract", InternationalConsent with { Initiation = InternationalInitiation with { ExchangeRateInformation = new ExchangeRateInformation("GBP", RateType.Agreed, 1.2m) } },
            "Initiation.ExchangeRateInformation.ContractIdentification", "the contract it was agreed under");
        yield return Case("an indicative rate with a rate", InternationalConsent with { Initiation = InternationalInitiation with { ExchangeRateInformation = new ExchangeRateInformation("GBP", RateType.Indicative, 1.2m) } },
            "Initiation.ExchangeRateInformation.ExchangeRate", "only an Agreed rate gives one");
        yield return Case("an actual rate with a contract", InternationalConsent with { Initiation = InternationalInitiation with { ExchangeRateInformation = new ExchangeRateInformation("GBP", RateType.Actual, null, "FX-1") } },
            "Initiation.ExchangeRateInformation.ContractIdentification", "only an Agreed rate gives one");
        yield return Case("a rate of zero", InternationalConsent with { Initiation = InternationalInitiation with { ExchangeRateInformation = new ExchangeRateInformation("GBP", RateType.Agreed, 0m, "FX-1") } },
            "Initiation.ExchangeRateInformation.ExchangeRate", "not more than zero");
        yield return Case("a currency of transfer in lower case", InternationalConsent with { Initiation = InternationalInitiation with { CurrencyOfTransfer = "eur" } },
            "Initiation.CurrencyOfTransfer", "three upper-case letters");
        yield return Case("a destination country of three letters", InternationalConsent with { Initiation = InternationalInitiation with { DestinationCountryCode = "DEU" } },
            "Initiation.DestinationCountryCode", "two upper-case letters");
        yield return Case("a purpose of five characters", InternationalConsent with { Initiation = InternationalInitiation with { Purpose = "CORTX" } },
            "Initiation.Purpose", "more than 4");
        yield return Case("an international creditor name of 141 characters", InternationalConsent with { Initiation = InternationalInitiation with { Creditor = new Creditor(new string('n', 141)) } },
            "Initiation.Creditor.Name", "more than 140");
        yield return Case("an international standing order creditor name of 351 characters", InternationalOrderConsent with { Initiation = InternationalStandingOrderPlan with { Creditor = new Creditor(new string('n', 351)) } },
            "Initiation.Creditor.Name", "more than 350");
        yield return Case("a creditor agent id of 36 characters", InternationalConsent with { Initiation = InternationalInitiation with { CreditorAgent = new FinancialAgent("UK.OBIE.BICFI", new string('b', 36)) } },
            "Initiation.CreditorAgent.Identification", "more than 35");
        yield return Case("a creditor agent scheme the spec does not list", InternationalConsent with { Initiation = InternationalInitiation with { CreditorAgent = new FinancialAgent("UK.OBIE.BIC") } },
            "Initiation.CreditorAgent.SchemeName", "not one of");
        yield return Case("an instruction priority that is no code", InternationalConsent with { Initiation = InternationalInitiation with { InstructionPriority = (InstructionPriority)9 } },
            "Initiation.InstructionPriority", "9 is not a InstructionPriority");
        yield return Case("a file hash of 45 characters", FileConsent with { Initiation = FileInitiation with { FileHash = new string('h', 45) } },
            "Initiation.FileHash", "more than 44");
        yield return Case("a number of transactions that is not digits", FileConsent with { Initiation = FileInitiation with { NumberOfTransactions = "two" } },
            "Initiation.NumberOfTransactions", "not 1 to 15 digits");
        yield return Case("a control sum of zero", FileConsent with { Initiation = FileInitiation with { ControlSum = 0m } },
            "Initiation.ControlSum", "not more than zero");
        yield return Case("a file type the spec does not list", FileConsent with { Initiation = FileInitiation with { FileType = "UK.OBIE.CSV" } },
            "Initiation.FileType", "not one of");
        yield return Case("a file to execute in the past", FileConsent with { Initiation = FileInitiation with { RequestedExecutionDateTime = Now.AddDays(-1) } },
            "Initiation.RequestedExecutionDateTime", "is not in the future");
        yield return Case("a submission without a consent id", (DomesticPaymentRequest)SubmissionRequests["OBWriteDomestic2"] with { ConsentId = "" }, "ConsentId", "is empty");
        yield return Case("a submission with a consent id of 129 characters", (FilePaymentRequest)SubmissionRequests["OBWriteFile2"] with { ConsentId = new string('c', 129) }, "ConsentId", "more than 128");
        yield return Case("a submission without risk", (InternationalStandingOrderRequest)SubmissionRequests["OBWriteInternationalStandingOrder4"] with { Risk = null! }, "$.Risk", "is missing", rooted: true);
    }

    private static IEnumerable<TestCaseData> Examples =>
        ConsentRequests.Concat(SubmissionRequests).Select(r => new TestCaseData(r.Value).SetArgDisplayNames(r.Key));

    [TestCaseSource(nameof(Examples))]
    public void A_valid_request_has_no_problems(object request)
    {
        var problems = Problems(request);

        Assert.That(problems, Is.Empty);
    }

    [TestCaseSource(nameof(DomesticCases))]
    [TestCaseSource(nameof(RiskCases))]
    [TestCaseSource(nameof(OtherCases))]
    public void A_request_breaking_one_rule_has_exactly_that_problem_at_its_path(object request, string path, string message)
    {
        var problems = Problems(request);

        Assert.That(problems, Has.Count.EqualTo(1).And.Some.Matches<PaymentProblem>(p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal)),
            string.Join(Environment.NewLine, problems));
    }

    [TestCase("0.00001")]
    [TestCase("9999999999999.99999")]
    [TestCase("1.50000")]
    [TestCase("42")]
    public void An_amount_of_the_spec_shape_and_more_than_zero_has_no_problem(string amount)
    {
        var consent = Domestic(i => i with { InstructedAmount = new PaymentAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "GBP") });

        Assert.That(PaymentValidation.Problems(consent, Now), Is.Empty);
    }

    [TestCase("GB.Bank.OwnScheme")]
    [TestCase("UK.OBIE.Wallet")]
    [TestCase("UK.OBIE.BBAN")]
    public void A_scheme_the_spec_lists_or_one_in_a_namespace_of_its_own_has_no_problem(string scheme)
    {
        var consent = Domestic(i => i with { CreditorAccount = new PaymentAccount(scheme, "anything", "ACME") });

        Assert.That(PaymentValidation.Problems(consent, Now), Is.Empty);
    }

    [Test]
    public void An_international_standing_order_allows_a_creditor_name_of_350_characters()
    {
        var consent = InternationalOrderConsent with { Initiation = InternationalStandingOrderPlan with { Creditor = new Creditor(new string('n', 350)) } };

        Assert.That(PaymentValidation.Problems(consent, Now), Is.Empty);
    }

    [Test]
    public void Every_problem_of_a_request_is_found_at_once()
    {
        var consent = Domestic(i => i with
        {
            InstructedAmount = new PaymentAmount(0m, "gbp"),
            InstructionIdentification = new string('i', 36),
            CreditorAccount = PaymentAccount.Iban("GB82WEST12345698765433"),
        }) with { Risk = Risk with { MerchantCategoryCode = "1" } };

        var problems = PaymentValidation.Problems(consent, Now);

        Assert.That(problems.Select(p => p.Path), Is.EquivalentTo(new[]
        {
            "$.Data.Initiation.InstructionIdentification",
            "$.Data.Initiation.InstructedAmount.Amount",
            "$.Data.Initiation.InstructedAmount.Currency",
            "$.Data.Initiation.CreditorAccount.Identification",
            "$.Data.Initiation.CreditorAccount.Name",
            "$.Risk.MerchantCategoryCode",
        }));
    }

    [Test]
    public void A_builder_answers_a_request_the_bank_must_refuse_with_one_validation_error_listing_every_problem()
    {
        var consent = Domestic(i => i with { InstructedAmount = new PaymentAmount(0m, "GBP"), EndToEndIdentification = "" });
        var context = new CallContext(TestConfig.Valid(), "client-token", "iid-1", Now, IdempotencyKey: "key-1");

        var error = PaymentInitiation.CreateDomesticPaymentConsent(consent).Build(context).LeftOf<ValidationError, Http.HttpRequestSpec>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo("OBWriteDomesticConsent4"));
            Assert.That(error.Detail, Is.EqualTo(
                "$.Data.Initiation.EndToEndIdentification: is empty; $.Data.Initiation.InstructedAmount.Amount: 0 is not more than zero"));
        });
    }

    [Test]
    public void A_builder_checks_dates_against_the_time_of_its_context()
    {
        var call = PaymentInitiation.CreateDomesticScheduledPaymentConsent(DomesticScheduledConsent);
        var later = new CallContext(TestConfig.Valid(), "client-token", "iid-1", Now.AddDays(8), IdempotencyKey: "key-1");

        var error = call.Build(later).LeftOf<ValidationError, Http.HttpRequestSpec>();

        Assert.That(error.Detail, Does.StartWith("$.Data.Initiation.RequestedExecutionDateTime: 2026-11-30T12:00:00+00:00 is not in the future"));
    }

    [Test]
    public void A_long_value_is_quoted_cut_short_in_its_problem()
    {
        var consent = Domestic(i => i with { LocalInstrument = new string('x', 100) });

        var problem = PaymentValidation.Problems(consent, Now).Single();

        Assert.That(problem.Message, Does.StartWith($"'{new string('x', 40)}…' is not one of"));
    }

    internal static IReadOnlyList<PaymentProblem> Problems(object request) => request switch
    {
        DomesticPaymentConsentRequest r => PaymentValidation.Problems(r, Now),
        DomesticScheduledPaymentConsentRequest r => PaymentValidation.Problems(r, Now),
        DomesticStandingOrderConsentRequest r => PaymentValidation.Problems(r, Now),
        InternationalPaymentConsentRequest r => PaymentValidation.Problems(r, Now),
        InternationalScheduledPaymentConsentRequest r => PaymentValidation.Problems(r, Now),
        InternationalStandingOrderConsentRequest r => PaymentValidation.Problems(r, Now),
        FilePaymentConsentRequest r => PaymentValidation.Problems(r, Now),
        DomesticPaymentRequest r => PaymentValidation.Problems(r, Now),
        DomesticScheduledPaymentRequest r => PaymentValidation.Problems(r, Now),
        DomesticStandingOrderRequest r => PaymentValidation.Problems(r, Now),
        InternationalPaymentRequest r => PaymentValidation.Problems(r, Now),
        InternationalScheduledPaymentRequest r => PaymentValidation.Problems(r, Now),
        InternationalStandingOrderRequest r => PaymentValidation.Problems(r, Now),
        FilePaymentRequest r => PaymentValidation.Problems(r, Now),
        _ => throw new ArgumentException($"not a payment request: {request.GetType().Name}", nameof(request)),
    };

    private static TestCaseData Case(string name, object request, string member, string message, bool rooted = false) =>
        new TestCaseData(request, rooted ? member : $"$.Data.{member}", message).SetArgDisplayNames(name);

    private static RawJson Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return new RawJson(document.RootElement);
    }
}
