namespace OpenBanking.Core.Payments;

/// <summary>
/// A file the bank sends back: the payment file of a file payment consent (GET /file-payment-consents/{ConsentId}/file) or
/// the report of a file payment (GET /file-payments/{FilePaymentId}/report-file). The bytes as received and their media type.
/// </summary>
/// <param name="MediaType">The media type, lower case, without parameters (<c>application/octet-stream</c> when the bank gives none).</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="FileName">The file name the bank suggested in Content-Disposition, if any.</param>
public sealed record PaymentFileContent(string MediaType, EquatableBytes Content, string? FileName = null)
{
    /// <summary>The media type, size and name; never the content (it lists payments).</summary>
    public override string ToString() => $"{MediaType}, {Content.Length} bytes{(FileName is null ? "" : $", {FileName}")}";
}
