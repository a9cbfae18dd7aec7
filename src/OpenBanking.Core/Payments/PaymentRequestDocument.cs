namespace OpenBanking.Core.Payments;

/// <summary>
/// The wire shape of a payment request body: <c>Data</c> and, but for file payments, <c>Risk</c>. The public request
/// models are the <c>Data</c> object, and keep the document's Risk in a property the serializer leaves alone.
/// </summary>
internal sealed record PaymentRequestDocument<TData>(TData Data, PaymentRisk? Risk = null);
