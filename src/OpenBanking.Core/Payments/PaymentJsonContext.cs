using System.Text.Json.Serialization;

namespace OpenBanking.Core.Payments;

/// <summary>
/// Source-generated metadata for every Payment Initiation body, read and written. The options are ObJsonContext's
/// (required members and non-nullable types enforced, numbers strict) and one more: members that are null are left out
/// when writing, as the spec's optional members must be, never sent as null. A context of its own for that reason: the
/// library writes these bodies, while ObJsonContext's documents are only read. Read through <see cref="PaymentJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PaymentRequestDocument<DomesticPaymentConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<DomesticScheduledPaymentConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<DomesticStandingOrderConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<InternationalPaymentConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<InternationalScheduledPaymentConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<InternationalStandingOrderConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<FilePaymentConsentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<DomesticPaymentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<DomesticScheduledPaymentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<DomesticStandingOrderRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<InternationalPaymentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<InternationalScheduledPaymentRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<InternationalStandingOrderRequest>))]
[JsonSerializable(typeof(PaymentRequestDocument<FilePaymentRequest>))]
[JsonSerializable(typeof(PaymentResponseDocument<DomesticPaymentConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<DomesticScheduledPaymentConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<DomesticStandingOrderConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<InternationalPaymentConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<InternationalScheduledPaymentConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<InternationalStandingOrderConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<FilePaymentConsent>))]
[JsonSerializable(typeof(PaymentResponseDocument<DomesticPayment>))]
[JsonSerializable(typeof(PaymentResponseDocument<DomesticScheduledPayment>))]
[JsonSerializable(typeof(PaymentResponseDocument<DomesticStandingOrder>))]
[JsonSerializable(typeof(PaymentResponseDocument<InternationalPayment>))]
[JsonSerializable(typeof(PaymentResponseDocument<InternationalScheduledPayment>))]
[JsonSerializable(typeof(PaymentResponseDocument<InternationalStandingOrder>))]
[JsonSerializable(typeof(PaymentResponseDocument<FilePayment>))]
[JsonSerializable(typeof(PaymentResponseDocument<FundsConfirmation>))]
[JsonSerializable(typeof(PaymentResponseDocument<PaymentDetails>))]
[JsonSerializable(typeof(PaymentFileDocument))]
// The items of every EquatableList in these documents: the generator does not look inside a type with its own
// converter, and EquatableListResolver reads the items through this context (the round-trip tests read every list).
[JsonSerializable(typeof(PaymentCharge))]
[JsonSerializable(typeof(PaymentTransactionStatus))]
[JsonSerializable(typeof(DomesticPaymentInitiation))]
[JsonSerializable(typeof(string))]
internal sealed partial class PaymentJsonContext : JsonSerializerContext;
