namespace OpenBanking.Core.Payments;

/// <summary>
/// The submission of a file of payments under an authorised consent (OBWriteFile2: its <c>Data</c>). The
/// Initiation must be the consent's (<see cref="For"/> takes it from it).
/// </summary>
/// <param name="ConsentId">The authorised consent, 1 to 128 characters.</param>
/// <param name="Initiation">The consent's Initiation, unchanged.</param>
public sealed record FilePaymentRequest(
    string ConsentId,
    FilePaymentInitiation Initiation)
{
    /// <summary>The submission of <paramref name="consent"/>: its id and its Initiation, unchanged as the spec requires.</summary>
    public static FilePaymentRequest For(FilePaymentConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new(consent.ConsentId, consent.Initiation);
    }
}
