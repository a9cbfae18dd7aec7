using System.Text.Json;
using OpenBanking.Core.Accounts;
using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// An answer of every Payment Initiation kind as a model with most members given, and that model written as the bank
/// would send it (through the library's own payment JSON context).
/// </summary>
internal static class PaymentResponses
{
    public static readonly DateTimeOffset Created = Now.AddMinutes(-5);

    public static readonly EquatableList<PaymentCharge> Charges = [new(ChargeBearer.BorneByDebtor, "UK.OBIE.CHAPSOut", new PaymentAmount(0.88m, "GBP"))];

    public static readonly PaymentDebtor DebtorReported = new("UK.OBIE.SortCodeAccountNumber", "11280001234567", "Andrea Smith");

    public static readonly MultiAuthorisation Multi = new(MultiAuthorisationStatus.AwaitingFurtherAuthorisation, 2, 1, Created, Now.AddDays(1));

    public static readonly ExchangeRateQuote Quote = new("GBP", 1.1675m, RateType.Agreed, "FX-0001", Now.AddHours(1));

    public static readonly PaymentRefund Refund = new(Debtor);

    public static readonly PaymentRefund InternationalRefund = new(Debtor, new Creditor("Andrea Smith", Address), new FinancialAgent("UK.OBIE.BICFI", "NWBKGB2L"));

    /// <summary>Each answer: its schema, the model, and the call that reads it (by its status).</summary>
    public static IReadOnlyList<(string Schema, int Status, object Model, Func<HttpResponseSpec, Either<OpenBankingError, object>> Parse)> All { get; } =
    [
        ("OBWriteDomesticConsentResponse5", 201,
            new DomesticPaymentConsent("pdc-1", PaymentConsentStatus.AwaitingAuthorisation, Created, Created, DomesticInitiation, ReadRefundAccount.Yes,
                Now.AddHours(4), Now.AddHours(1), Now.AddHours(2), Charges, Authorisation, Sca, DebtorReported) { Risk = Risk },
            r => Boxed(PaymentInitiation.CreateDomesticPaymentConsent(DomesticConsent).Parse(r))),
        ("OBWriteDomesticScheduledConsentResponse5", 200,
            new DomesticScheduledPaymentConsent("pdc-2", PaymentConsentStatus.Authorised, Created, Now, DomesticScheduledInitiation, ReadRefundAccount.No,
                Now.AddDays(6), Now.AddDays(7), Now.AddDays(7), Charges, Authorisation, Sca, DebtorReported) { Risk = Risk },
            r => Boxed(PaymentInitiation.GetDomesticScheduledPaymentConsent("pdc-2").Parse(r))),
        ("OBWriteDomesticStandingOrderConsentResponse6", 200,
            new DomesticStandingOrderConsent("pdc-3", PaymentConsentStatus.Consumed, Created, Now, DomesticStandingOrderPlan, ReadRefundAccount.Yes,
                Now.AddDays(2), Charges, Authorisation, Sca, DebtorReported) { Risk = Risk },
            r => Boxed(PaymentInitiation.GetDomesticStandingOrderConsent("pdc-3").Parse(r))),
        ("OBWriteInternationalConsentResponse6", 201,
            new InternationalPaymentConsent("pdc-4", PaymentConsentStatus.AwaitingAuthorisation, Created, Created, InternationalInitiation, ReadRefundAccount.Yes,
                Now.AddHours(4), Now.AddHours(1), Now.AddDays(2), Charges, Quote, Authorisation, Sca, DebtorReported) { Risk = Risk },
            r => Boxed(PaymentInitiation.CreateInternationalPaymentConsent(InternationalConsent).Parse(r))),
        ("OBWriteInternationalScheduledConsentResponse6", 200,
            new InternationalScheduledPaymentConsent("pdc-5", PaymentConsentStatus.Rejected, Created, Now, InternationalScheduledInitiation, ReadRefundAccount.No,
                Now.AddDays(9), Now.AddDays(10), Now.AddDays(11), Charges, Quote with { RateType = RateType.Indicative, ContractIdentification = null }, Authorisation, Sca, DebtorReported) { Risk = Risk },
            r => Boxed(PaymentInitiation.GetInternationalScheduledPaymentConsent("pdc-5").Parse(r))),
        ("OBWriteInternationalStandingOrderConsentResponse7", 200,
            new InternationalStandingOrderConsent("pdc-6", PaymentConsentStatus.Authorised, Created, Now, InternationalStandingOrderPlan, ReadRefundAccount.Yes,
                Now.AddDays(1), Charges, Authorisation, Sca, DebtorReported) { Risk = Risk },
            r => Boxed(PaymentInitiation.GetInternationalStandingOrderConsent("pdc-6").Parse(r))),
        ("OBWriteFileConsentResponse4", 201,
            new FilePaymentConsent("pdc-7", PaymentConsentStatus.AwaitingUpload, Created, Created, FileInitiation, Now.AddHours(4), Charges, Authorisation, Sca, DebtorReported),
            r => Boxed(PaymentInitiation.CreateFilePaymentConsent(FileConsent).Parse(r))),
        ("OBWriteDomesticResponse5", 201,
            new DomesticPayment("dp-1", "pdc-1", Now, PaymentStatus.AcceptedSettlementInProcess, Now, DomesticInitiation,
                Now.AddMinutes(1), Now.AddMinutes(2), Refund, Charges, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.CreateDomesticPayment((DomesticPaymentRequest)SubmissionRequests["OBWriteDomestic2"]).Parse(r))),
        ("OBWriteDomesticScheduledResponse5", 200,
            new DomesticScheduledPayment("dsp-1", "pdc-2", Now, InitiationStatus.InitiationCompleted, Now, DomesticScheduledInitiation,
                Now.AddDays(7), Now.AddDays(7), Refund, Charges, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.GetDomesticScheduledPayment("dsp-1").Parse(r))),
        ("OBWriteDomesticStandingOrderResponse6", 201,
            new DomesticStandingOrder("dso-1", "pdc-3", Now, InitiationStatus.InitiationPending, Now, DomesticStandingOrderPlan, Refund, Charges, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.CreateDomesticStandingOrder((DomesticStandingOrderRequest)SubmissionRequests["OBWriteDomesticStandingOrder3"]).Parse(r))),
        ("OBWriteInternationalResponse5", 200,
            new InternationalPayment("ip-1", "pdc-4", Now, PaymentStatus.Pending, Now, InternationalInitiation,
                Now.AddHours(1), Now.AddDays(2), InternationalRefund, Charges, Quote, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.GetInternationalPayment("ip-1").Parse(r))),
        ("OBWriteInternationalScheduledResponse6", 201,
            new InternationalScheduledPayment("isp-1", "pdc-5", Now, InitiationStatus.Cancelled, Now, InternationalScheduledInitiation,
                Now.AddDays(10), Now.AddDays(11), InternationalRefund, Charges, Quote, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.CreateInternationalScheduledPayment((InternationalScheduledPaymentRequest)SubmissionRequests["OBWriteInternationalScheduled3"]).Parse(r))),
        ("OBWriteInternationalStandingOrderResponse7", 200,
            new InternationalStandingOrder("iso-1", "pdc-6", Now, InitiationStatus.InitiationFailed, Now, InternationalStandingOrderPlan,
                InternationalRefund, Charges, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.GetInternationalStandingOrder("iso-1").Parse(r))),
        ("OBWriteFileResponse3", 201,
            new FilePayment("fp-1", "pdc-7", Now, InitiationStatus.InitiationPending, Now, FileInitiation, Charges, Multi, DebtorReported),
            r => Boxed(PaymentInitiation.CreateFilePayment((FilePaymentRequest)SubmissionRequests["OBWriteFile2"]).Parse(r))),
        ("OBWriteFundsConfirmationResponse1", 200,
            new FundsConfirmation(new FundsAvailableResult(Now, true), Supplementary()),
            r => Boxed(PaymentInitiation.GetDomesticPaymentConsentFundsConfirmation("pdc-1").Parse(r))),
        ("OBWritePaymentDetailsResponse1", 200,
            new PaymentDetails([new PaymentTransactionStatus("tx-1", PaymentTransactionStatusCode.AcceptedSettlementCompleted, Now,
                new PaymentStatusDetail("ACSC", LocalInstruments.FasterPayments, PaymentStatusReason.Proprietary, "Settled"))]),
            r => Boxed(PaymentInitiation.GetDomesticPaymentDetails("dp-1").Parse(r))),
    ];

    /// <summary>The body the bank sends for <paramref name="model"/>: Data, the consent's Risk, Links and Meta.</summary>
    public static string Body(object model) => model switch
    {
        DomesticPaymentConsent c => Write(c, c.Risk),
        DomesticScheduledPaymentConsent c => Write(c, c.Risk),
        DomesticStandingOrderConsent c => Write(c, c.Risk),
        InternationalPaymentConsent c => Write(c, c.Risk),
        InternationalScheduledPaymentConsent c => Write(c, c.Risk),
        InternationalStandingOrderConsent c => Write(c, c.Risk),
        FilePaymentConsent c => Write(c, null),
        DomesticPayment p => Write(p, null),
        DomesticScheduledPayment p => Write(p, null),
        DomesticStandingOrder p => Write(p, null),
        InternationalPayment p => Write(p, null),
        InternationalScheduledPayment p => Write(p, null),
        InternationalStandingOrder p => Write(p, null),
        FilePayment p => Write(p, null),
        FundsConfirmation f => Write(f, null),
        PaymentDetails d => Write(d, null),
        _ => throw new ArgumentException($"not a payment answer: {model.GetType().Name}", nameof(model)),
    };

    private static string Write<T>(T data, PaymentRisk? risk) =>
        JsonSerializer.Serialize(
            new PaymentResponseDocument<T>(data, risk, new ObLinks("https://rs.aspsp.example.com/open-banking/v3.1/pisp/x/1"), new ObMeta()),
            PaymentJson.Info<PaymentResponseDocument<T>>());

    private static Either<OpenBankingError, object> Boxed<T>(Either<OpenBankingError, T> read) => read.Map(value => (object)value!);

    private static RawJson Supplementary()
    {
        using var document = JsonDocument.Parse("""{"bank":{"field":1}}""");
        return new RawJson(document.RootElement);
    }
}
