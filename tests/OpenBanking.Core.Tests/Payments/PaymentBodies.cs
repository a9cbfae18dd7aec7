using System.Text;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Payments;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>The body each request model is written as, and the model read back from it, for any of the fourteen request kinds.</summary>
internal static class PaymentBodies
{
    public static string Write(object request) => request switch
    {
        DomesticPaymentConsentRequest r => PaymentJson.Write(r, r.Risk),
        DomesticScheduledPaymentConsentRequest r => PaymentJson.Write(r, r.Risk),
        DomesticStandingOrderConsentRequest r => PaymentJson.Write(r, r.Risk),
        InternationalPaymentConsentRequest r => PaymentJson.Write(r, r.Risk),
        InternationalScheduledPaymentConsentRequest r => PaymentJson.Write(r, r.Risk),
        InternationalStandingOrderConsentRequest r => PaymentJson.Write(r, r.Risk),
        FilePaymentConsentRequest r => PaymentJson.Write(r, null),
        DomesticPaymentRequest r => PaymentJson.Write(r, r.Risk),
        DomesticScheduledPaymentRequest r => PaymentJson.Write(r, r.Risk),
        DomesticStandingOrderRequest r => PaymentJson.Write(r, r.Risk),
        InternationalPaymentRequest r => PaymentJson.Write(r, r.Risk),
        InternationalScheduledPaymentRequest r => PaymentJson.Write(r, r.Risk),
        InternationalStandingOrderRequest r => PaymentJson.Write(r, r.Risk),
        FilePaymentRequest r => PaymentJson.Write(r, null),
        _ => throw new ArgumentException($"not a payment request: {request.GetType().Name}", nameof(request)),
    };

    public static Either<OpenBankingError, object> Read(Type type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return type.Name switch
        {
            nameof(DomesticPaymentConsentRequest) => Read<DomesticPaymentConsentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(DomesticScheduledPaymentConsentRequest) => Read<DomesticScheduledPaymentConsentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(DomesticStandingOrderConsentRequest) => Read<DomesticStandingOrderConsentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(InternationalPaymentConsentRequest) => Read<InternationalPaymentConsentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(InternationalScheduledPaymentConsentRequest) => Read<InternationalScheduledPaymentConsentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(InternationalStandingOrderConsentRequest) => Read<InternationalStandingOrderConsentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(FilePaymentConsentRequest) => Read<FilePaymentConsentRequest>(bytes, (d, _) => d),
            nameof(DomesticPaymentRequest) => Read<DomesticPaymentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(DomesticScheduledPaymentRequest) => Read<DomesticScheduledPaymentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(DomesticStandingOrderRequest) => Read<DomesticStandingOrderRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(InternationalPaymentRequest) => Read<InternationalPaymentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(InternationalScheduledPaymentRequest) => Read<InternationalScheduledPaymentRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(InternationalStandingOrderRequest) => Read<InternationalStandingOrderRequest>(bytes, (d, r) => d with { Risk = r }),
            nameof(FilePaymentRequest) => Read<FilePaymentRequest>(bytes, (d, _) => d),
            _ => throw new ArgumentException($"not a payment request: {type.Name}", nameof(type)),
        };
    }

    private static Either<OpenBankingError, object> Read<T>(byte[] body, Func<T, PaymentRisk, T> withRisk) =>
        PaymentJson.ReadRequest<T>(body, "request", typeof(T).Name).Map(read => (object)withRisk(read.Data, read.Risk ?? PaymentRisk.None)!);
}
