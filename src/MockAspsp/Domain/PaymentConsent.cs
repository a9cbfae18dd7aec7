using System.Text.Json;

namespace MockAspsp.Domain;

/// <summary>
/// A payment order consent as the bank keeps it: the request's Data and Risk as received (immutable JSON), so the
/// submission can be compared with them and the responses can echo them, and what the bank worked out of them.
/// </summary>
/// <param name="ConsentId">Its id.</param>
/// <param name="Kind">Which of the seven payment orders it is for.</param>
/// <param name="ClientId">The TPP that created it.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="StatusUpdateDateTime">When its status last changed.</param>
/// <param name="Data">The request's Data object.</param>
/// <param name="Risk">The request's Risk object (file payments have none).</param>
/// <param name="Terms">What the bank read and worked out.</param>
/// <param name="Customer">The PSU who authorised it.</param>
/// <param name="DebtorAccountId">The account the PSU authorised it to be paid from.</param>
/// <param name="File">A file payment consent's uploaded file.</param>
public sealed record PaymentConsent(
    string ConsentId,
    PaymentKind Kind,
    string ClientId,
    PaymentConsentStatus Status,
    DateTimeOffset CreationDateTime,
    DateTimeOffset StatusUpdateDateTime,
    JsonElement Data,
    JsonElement? Risk,
    PaymentTerms Terms,
    string? Customer = null,
    string? DebtorAccountId = null,
    UploadedFile? File = null)
{
    /// <summary>The Initiation, as the TPP sent it.</summary>
    public JsonElement Initiation => Data.GetProperty(nameof(Initiation));
}
