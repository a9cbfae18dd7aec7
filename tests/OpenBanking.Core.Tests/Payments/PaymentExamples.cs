using System.Text.Json;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Payments;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// A valid request of every Payment Initiation kind at <see cref="Now"/>, with most optional members given so that the
/// schema and round-trip tests see them: each test changes one thing.
/// </summary>
internal static class PaymentExamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static readonly PaymentAccount Payee = PaymentAccount.SortCodeAccountNumber("08-08-00", "21325698", "ACME DIY", "secondary-id");

    public static readonly PaymentAccount Debtor = PaymentAccount.SortCodeAccountNumber("112800", "01234567", "Andrea Smith");

    public static readonly PaymentAccount EuroCreditor = PaymentAccount.Iban("DE89 3704 0044 0532 0130 00", "Tischlerei Weber");

    public static readonly PaymentRisk Risk = new(
        PaymentContextCode.EcommerceMerchantInitiatedPayment,
        MerchantCategoryCode: "5967",
        MerchantCustomerIdentification: "053598653254",
        ContractPresentIndicator: true,
        BeneficiaryPrepopulatedIndicator: false,
        PaymentPurposeCode: "CASH",
        BeneficiaryAccountType: BeneficiaryAccountType.Business,
        DeliveryAddress: new DeliveryAddress("Sparsholt", "GB", ["Flat 7", "Acacia Lodge"], "Acacia Avenue", "27", "GU31 2ZZ", "Wessex"));

    public static readonly PostalAddress Address = new(
        AddressType.Business, "Accounts", "Payables", "Liberty Street", "1", "AB1 2CD", "London", "Greater London", "GB", ["Unit 3", "Liberty Park"]);

    public static readonly RemittanceInformation Remittance = new("Internal ops code 5120101", "FRESCO-101");

    public static readonly PaymentAuthorisation Authorisation = new(AuthorisationType.Any, Now.AddDays(1));

    public static readonly ScaSupportData Sca = new(ScaExemptionType.EcommerceGoods, AuthenticationApproach.SCA, "ref-order-1");

    public static DomesticPaymentInitiation DomesticInitiation { get; } = new(
        "ACME412", "FRESCO.21302.GFX.20", new PaymentAmount(165.88m, "GBP"), Payee,
        LocalInstruments.FasterPayments, Debtor, Address, Remittance, Supplementary());

    public static DomesticPaymentConsentRequest DomesticConsent { get; } =
        new(DomesticInitiation, ReadRefundAccount.Yes, Authorisation, Sca) { Risk = Risk };

    public static DomesticScheduledPaymentInitiation DomesticScheduledInitiation { get; } = new(
        "ACME413", Now.AddDays(7), new PaymentAmount(20.5m, "GBP"), Payee,
        "FRESCO.21302.GFX.21", LocalInstruments.Bacs, Debtor, Address, Remittance);

    public static DomesticScheduledPaymentConsentRequest DomesticScheduledConsent { get; } =
        new(DomesticScheduledInitiation, ReadRefundAccount.No, Authorisation, Sca) { Risk = Risk };

    public static DomesticStandingOrderInitiation DomesticStandingOrderPlan { get; } = new(
        StandingOrderFrequency.IntervalMonthDay(1, -1), Now.AddDays(3), new PaymentAmount(100m, "GBP"), Payee,
        "Rent", "12", Now.AddDays(34), Now.AddYears(1), new PaymentAmount(120.00m, "GBP"), new PaymentAmount(80.00001m, "GBP"), Debtor);

    public static DomesticStandingOrderConsentRequest DomesticOrderConsent { get; } =
        new(DomesticStandingOrderPlan, ReadRefundAccount.Yes, Authorisation, Sca) { Risk = Risk };

    public static InternationalPaymentInitiation InternationalInitiation { get; } = new(
        "ACME414", "FRESCO.21302.GFX.22", "EUR", new PaymentAmount(1000.00m, "GBP"), EuroCreditor,
        LocalInstruments.Swift, InstructionPriority.Normal, "CORT", "Trade settlement", ChargeBearer.Shared, "DE",
        new ExchangeRateInformation("GBP", RateType.Agreed, 1.1675m, "FX-0001"), Debtor,
        new Creditor("Tischlerei Weber GmbH", Address with { Country = "DE" }),
        new FinancialAgent("UK.OBIE.BICFI", "COBADEFFXXX", "Commerzbank", Address with { Country = "DE" }),
        Remittance, Supplementary());

    public static InternationalPaymentConsentRequest InternationalConsent { get; } =
        new(InternationalInitiation, ReadRefundAccount.Yes, Authorisation, Sca) { Risk = Risk };

    public static InternationalScheduledPaymentInitiation InternationalScheduledInitiation { get; } = new(
        "ACME415", Now.AddDays(10), "USD", new PaymentAmount(250m, "USD"), EuroCreditor,
        "FRESCO.21302.GFX.23", LocalInstruments.Swift, InstructionPriority.Urgent, "GDDS", "Goods", ChargeBearer.BorneByDebtor, "US",
        new ExchangeRateInformation("GBP", RateType.Indicative), Debtor, new Creditor("Acme Inc"), null, Remittance);

    public static InternationalScheduledPaymentConsentRequest InternationalScheduledConsent { get; } =
        new(InternationalScheduledInitiation, ReadRefundAccount.No, Authorisation, Sca) { Risk = Risk };

    public static InternationalStandingOrderInitiation InternationalStandingOrderPlan { get; } = new(
        StandingOrderFrequency.IntervalWeekDay(2, DayOfWeek.Monday), Now.AddDays(2), "EUR", new PaymentAmount(50m, "EUR"), EuroCreditor,
        "Tuition", "10", null, "EDUC", "School fees", ChargeBearer.BorneByCreditor, "DE", Debtor,
        new Creditor("Tischlerei Weber GmbH", Address), new FinancialAgent("UK.OBIE.BICFI", "COBADEFFXXX"));

    public static InternationalStandingOrderConsentRequest InternationalOrderConsent { get; } =
        new(InternationalStandingOrderPlan, ReadRefundAccount.Yes, Authorisation, Sca) { Risk = Risk };

    public static byte[] FileBytes { get; } = System.Text.Encoding.UTF8.GetBytes(
        """{"Data":{"DomesticPayments":[""" +
        """{"InstructionIdentification":"ANSM020","EndToEndIdentification":"FRESCO.21302.GFX.01","InstructedAmount":{"Amount":"21.00","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"08080021325698","Name":"Bob Clements"}},""" +
        """{"InstructionIdentification":"ANSM021","EndToEndIdentification":"FRESCO.21302.GFX.02","InstructedAmount":{"Amount":"22.50","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"08080021325698","Name":"Bob Clements"}}""" +
        "]}}");

    public static FilePaymentInitiation FileInitiation { get; } = new(
        PaymentFileTypes.PaymentInitiation31, Core.Payments.PaymentFile.Hash(FileBytes), "GB2OK238", "2", 43.50m, Now.AddDays(1),
        LocalInstruments.FasterPayments, Debtor, Remittance, Supplementary());

    public static FilePaymentConsentRequest FileConsent { get; } = new(FileInitiation, Authorisation, Sca);

    /// <summary>Every consent request, by the name of its schema.</summary>
    public static IReadOnlyDictionary<string, object> ConsentRequests { get; } = new Dictionary<string, object>
    {
        ["OBWriteDomesticConsent4"] = DomesticConsent,
        ["OBWriteDomesticScheduledConsent4"] = DomesticScheduledConsent,
        ["OBWriteDomesticStandingOrderConsent5"] = DomesticOrderConsent,
        ["OBWriteInternationalConsent5"] = InternationalConsent,
        ["OBWriteInternationalScheduledConsent5"] = InternationalScheduledConsent,
        ["OBWriteInternationalStandingOrderConsent6"] = InternationalOrderConsent,
        ["OBWriteFileConsent3"] = FileConsent,
    };

    /// <summary>Every submission, by the name of its schema.</summary>
    public static IReadOnlyDictionary<string, object> SubmissionRequests { get; } = new Dictionary<string, object>
    {
        ["OBWriteDomestic2"] = new DomesticPaymentRequest("pdc-1", DomesticInitiation) { Risk = Risk },
        ["OBWriteDomesticScheduled2"] = new DomesticScheduledPaymentRequest("pdc-2", DomesticScheduledInitiation) { Risk = Risk },
        ["OBWriteDomesticStandingOrder3"] = new DomesticStandingOrderRequest("pdc-3", DomesticStandingOrderPlan) { Risk = Risk },
        ["OBWriteInternational3"] = new InternationalPaymentRequest("pdc-4", InternationalInitiation) { Risk = Risk },
        ["OBWriteInternationalScheduled3"] = new InternationalScheduledPaymentRequest("pdc-5", InternationalScheduledInitiation) { Risk = Risk },
        ["OBWriteInternationalStandingOrder4"] = new InternationalStandingOrderRequest("pdc-6", InternationalStandingOrderPlan) { Risk = Risk },
        ["OBWriteFile2"] = new FilePaymentRequest("pdc-7", FileInitiation),
    };

    private static RawJson Supplementary()
    {
        using var document = JsonDocument.Parse("""{"bank":{"field":1}}""");
        return new RawJson(document.RootElement);
    }
}
