using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Payments;
using OpenBanking.Core.Tests.Support;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>Every operation of <see cref="PaymentInitiation"/>, and a context that can sign them.</summary>
internal static class PaymentCalls
{
    /// <summary>A bank configuration with what a signed submission needs: the signing key, org id and software statement id.</summary>
    public static ValidatedApiConfig Signing { get; } =
        TestConfig.Validated(TestConfig.Raw() with { OrgId = "0015800001041REAAY", SoftwareStatementId = "Cc4jBE5F0DgXHDk", FapiFinancialId = "0015800001041RHAAY" });

    public static CallContext Context(string token = "access-token") =>
        new(Signing, token, "93bac548-d2de-4546-b106-880a5018460d", Now, IdempotencyKey: "FRESCO.21302.GFX.20");

    /// <summary>What every call has, whatever it reads its answer as.</summary>
    public sealed record CallView(bool Idempotent, bool SignedResponse, Func<CallContext, Either<OpenBankingError, HttpRequestSpec>> Build);

    /// <summary>Every call, each id <paramref name="id"/>.</summary>
    public static IEnumerable<(string Name, CallView Call)> All(string id = "X-1")
    {
        yield return (nameof(PaymentInitiation.CreateDomesticPaymentConsent), View(PaymentInitiation.CreateDomesticPaymentConsent(DomesticConsent)));
        yield return (nameof(PaymentInitiation.GetDomesticPaymentConsent), View(PaymentInitiation.GetDomesticPaymentConsent(id)));
        yield return (nameof(PaymentInitiation.GetDomesticPaymentConsentFundsConfirmation), View(PaymentInitiation.GetDomesticPaymentConsentFundsConfirmation(id)));
        yield return (nameof(PaymentInitiation.CreateDomesticPayment), View(PaymentInitiation.CreateDomesticPayment((DomesticPaymentRequest)SubmissionRequests["OBWriteDomestic2"])));
        yield return (nameof(PaymentInitiation.GetDomesticPayment), View(PaymentInitiation.GetDomesticPayment(id)));
        yield return (nameof(PaymentInitiation.GetDomesticPaymentDetails), View(PaymentInitiation.GetDomesticPaymentDetails(id)));
        yield return (nameof(PaymentInitiation.CreateDomesticScheduledPaymentConsent), View(PaymentInitiation.CreateDomesticScheduledPaymentConsent(DomesticScheduledConsent)));
        yield return (nameof(PaymentInitiation.GetDomesticScheduledPaymentConsent), View(PaymentInitiation.GetDomesticScheduledPaymentConsent(id)));
        yield return (nameof(PaymentInitiation.CreateDomesticScheduledPayment), View(PaymentInitiation.CreateDomesticScheduledPayment((DomesticScheduledPaymentRequest)SubmissionRequests["OBWriteDomesticScheduled2"])));
        yield return (nameof(PaymentInitiation.GetDomesticScheduledPayment), View(PaymentInitiation.GetDomesticScheduledPayment(id)));
        yield return (nameof(PaymentInitiation.GetDomesticScheduledPaymentDetails), View(PaymentInitiation.GetDomesticScheduledPaymentDetails(id)));
        yield return (nameof(PaymentInitiation.CreateDomesticStandingOrderConsent), View(PaymentInitiation.CreateDomesticStandingOrderConsent(DomesticOrderConsent)));
        yield return (nameof(PaymentInitiation.GetDomesticStandingOrderConsent), View(PaymentInitiation.GetDomesticStandingOrderConsent(id)));
        yield return (nameof(PaymentInitiation.CreateDomesticStandingOrder), View(PaymentInitiation.CreateDomesticStandingOrder((DomesticStandingOrderRequest)SubmissionRequests["OBWriteDomesticStandingOrder3"])));
        yield return (nameof(PaymentInitiation.GetDomesticStandingOrder), View(PaymentInitiation.GetDomesticStandingOrder(id)));
        yield return (nameof(PaymentInitiation.GetDomesticStandingOrderDetails), View(PaymentInitiation.GetDomesticStandingOrderDetails(id)));
        yield return (nameof(PaymentInitiation.CreateFilePaymentConsent), View(PaymentInitiation.CreateFilePaymentConsent(FileConsent)));
        yield return (nameof(PaymentInitiation.GetFilePaymentConsent), View(PaymentInitiation.GetFilePaymentConsent(id)));
        yield return (nameof(PaymentInitiation.UploadPaymentFile), View(PaymentInitiation.UploadPaymentFile(id, FileInitiation, FileBytes)));
        yield return (nameof(PaymentInitiation.GetPaymentFile), View(PaymentInitiation.GetPaymentFile(id)));
        yield return (nameof(PaymentInitiation.CreateFilePayment), View(PaymentInitiation.CreateFilePayment((FilePaymentRequest)SubmissionRequests["OBWriteFile2"])));
        yield return (nameof(PaymentInitiation.GetFilePayment), View(PaymentInitiation.GetFilePayment(id)));
        yield return (nameof(PaymentInitiation.GetFilePaymentDetails), View(PaymentInitiation.GetFilePaymentDetails(id)));
        yield return (nameof(PaymentInitiation.GetFilePaymentReport), View(PaymentInitiation.GetFilePaymentReport(id)));
        yield return (nameof(PaymentInitiation.CreateInternationalPaymentConsent), View(PaymentInitiation.CreateInternationalPaymentConsent(InternationalConsent)));
        yield return (nameof(PaymentInitiation.GetInternationalPaymentConsent), View(PaymentInitiation.GetInternationalPaymentConsent(id)));
        yield return (nameof(PaymentInitiation.GetInternationalPaymentConsentFundsConfirmation), View(PaymentInitiation.GetInternationalPaymentConsentFundsConfirmation(id)));
        yield return (nameof(PaymentInitiation.CreateInternationalPayment), View(PaymentInitiation.CreateInternationalPayment((InternationalPaymentRequest)SubmissionRequests["OBWriteInternational3"])));
        yield return (nameof(PaymentInitiation.GetInternationalPayment), View(PaymentInitiation.GetInternationalPayment(id)));
        yield return (nameof(PaymentInitiation.GetInternationalPaymentDetails), View(PaymentInitiation.GetInternationalPaymentDetails(id)));
        yield return (nameof(PaymentInitiation.CreateInternationalScheduledPaymentConsent), View(PaymentInitiation.CreateInternationalScheduledPaymentConsent(InternationalScheduledConsent)));
        yield return (nameof(PaymentInitiation.GetInternationalScheduledPaymentConsent), View(PaymentInitiation.GetInternationalScheduledPaymentConsent(id)));
        yield return (nameof(PaymentInitiation.GetInternationalScheduledPaymentConsentFundsConfirmation), View(PaymentInitiation.GetInternationalScheduledPaymentConsentFundsConfirmation(id)));
        yield return (nameof(PaymentInitiation.CreateInternationalScheduledPayment), View(PaymentInitiation.CreateInternationalScheduledPayment((InternationalScheduledPaymentRequest)SubmissionRequests["OBWriteInternationalScheduled3"])));
        yield return (nameof(PaymentInitiation.GetInternationalScheduledPayment), View(PaymentInitiation.GetInternationalScheduledPayment(id)));
        yield return (nameof(PaymentInitiation.GetInternationalScheduledPaymentDetails), View(PaymentInitiation.GetInternationalScheduledPaymentDetails(id)));
        yield return (nameof(PaymentInitiation.CreateInternationalStandingOrderConsent), View(PaymentInitiation.CreateInternationalStandingOrderConsent(InternationalOrderConsent)));
        yield return (nameof(PaymentInitiation.GetInternationalStandingOrderConsent), View(PaymentInitiation.GetInternationalStandingOrderConsent(id)));
        yield return (nameof(PaymentInitiation.CreateInternationalStandingOrder), View(PaymentInitiation.CreateInternationalStandingOrder((InternationalStandingOrderRequest)SubmissionRequests["OBWriteInternationalStandingOrder4"])));
        yield return (nameof(PaymentInitiation.GetInternationalStandingOrder), View(PaymentInitiation.GetInternationalStandingOrder(id)));
        yield return (nameof(PaymentInitiation.GetInternationalStandingOrderDetails), View(PaymentInitiation.GetInternationalStandingOrderDetails(id)));
    }

    private static CallView View<T>(ApiCall<T> call) => new(call.Idempotent, call.SignedResponse, call.Build);
}
