namespace OpenBanking.Core.Errors;

/// <summary>The bank refused the request with an OBIE error response (OBErrorResponse1).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Operation">What was being done, e.g. "POST account-access-consents".</param>
/// <param name="Code">The high-level textual error code (OBErrorResponse1.Code).</param>
/// <param name="Id">The bank's unique id for this error, if any.</param>
/// <param name="ErrorMessage">The bank's summary (OBErrorResponse1.Message).</param>
/// <param name="Errors">The detailed errors, each with an OBIE <c>ErrorCode</c>.</param>
/// <param name="ResponseInteractionId">The response's <c>x-fapi-interaction-id</c>.</param>
public sealed record ApiError(
    int Status,
    string Operation,
    string Code,
    string? Id,
    string ErrorMessage,
    EquatableList<ApiErrorDetail> Errors,
    string? ResponseInteractionId) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => ResponseInteractionId;

    /// <summary>True when any detail carries <paramref name="errorCode"/> (e.g. <c>UK.OBIE.Reauthenticate</c>).</summary>
    public bool Has(string errorCode) => Errors.Any(e => e.ErrorCode == errorCode);

    /// <summary>True when any detail's code means <paramref name="meaning"/>, in whichever version the bank wrote it.</summary>
    public bool Has(ApiErrorMeaning meaning) => Errors.Any(e => Protocol.ObErrorCodes.Meaning(e.ErrorCode) == meaning);

    /// <summary>
    /// What the bank's refusal means, for v3.1.11 and v4.0 codes alike: the first recognised meaning in this order —
    /// Reauthenticate, InvalidConsentStatus, ConsentMismatch, then the details' order — or <see cref="ApiErrorMeaning.Unrecognised"/>.
    /// </summary>
    public ApiErrorMeaning Meaning =>
        new[] { ApiErrorMeaning.Reauthenticate, ApiErrorMeaning.InvalidConsentStatus, ApiErrorMeaning.ConsentMismatch }.FirstOrDefault(Has) is var first
        && first != ApiErrorMeaning.Unrecognised
            ? first
            : Errors.Select(e => Protocol.ObErrorCodes.Meaning(e.ErrorCode)).FirstOrDefault(m => m != ApiErrorMeaning.Unrecognised);

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var details = Errors.Count == 0 ? "" : $" [{string.Join("; ", Errors)}]";
            // Banks often put the status in Code ("400 Bad Request"): say it once.
            var status = Code.StartsWith(Status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                ? $"HTTP {Code}"
                : $"HTTP {Status} {Code}";
            return $"{Operation} refused with {status}: {ErrorMessage}{details}";
        }
    }
}
