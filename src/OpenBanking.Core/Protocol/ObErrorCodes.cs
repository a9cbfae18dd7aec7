using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Protocol;

/// <summary>
/// OBIE error codes (OBError1.ErrorCode): v3.1.11's <c>x-namespaced-enum</c> the library acts on, the v4.0 codes it is
/// sure of, and what each means (<see cref="Meaning"/>).
/// </summary>
public static class ObErrorCodes
{
    /// <summary>The PSU must authorise again: the access token's consent can no longer be refreshed.</summary>
    public const string Reauthenticate = "UK.OBIE.Reauthenticate";

    /// <summary>The consent is not in a status that allows the request.</summary>
    public const string InvalidConsentStatus = "UK.OBIE.Resource.InvalidConsentStatus";

    /// <summary>The resource does not exist or is outside the consent.</summary>
    public const string ResourceNotFound = "UK.OBIE.Resource.NotFound";

    /// <summary>A required field is missing.</summary>
    public const string FieldMissing = "UK.OBIE.Field.Missing";

    /// <summary>A field's value is invalid.</summary>
    public const string FieldInvalid = "UK.OBIE.Field.Invalid";

    /// <summary>A required header is missing.</summary>
    public const string HeaderMissing = "UK.OBIE.Header.Missing";

    /// <summary>A header's value is invalid.</summary>
    public const string HeaderInvalid = "UK.OBIE.Header.Invalid";

    /// <summary>Something went wrong at the bank.</summary>
    public const string UnexpectedError = "UK.OBIE.UnexpectedError";

    /// <summary>v4.0's code for a missing field (the same meaning as <see cref="FieldMissing"/>).</summary>
    public const string V4FieldMissing = "U004";

    /// <summary>
    /// The meaning of each code: every v3.1.11 code of OBError1.ErrorCode (account-info-openapi.json), and the v4.0 codes
    /// the library is sure of. A v4.0 code not listed here is <see cref="ApiErrorMeaning.Unrecognised"/>, never a failure.
    /// </summary>
    public static IReadOnlyDictionary<string, ApiErrorMeaning> Meanings { get; } = new Dictionary<string, ApiErrorMeaning>(StringComparer.Ordinal)
    {
        ["UK.OBIE.Field.Expected"] = ApiErrorMeaning.FieldExpected,
        [FieldInvalid] = ApiErrorMeaning.FieldInvalid,
        ["UK.OBIE.Field.InvalidDate"] = ApiErrorMeaning.FieldInvalid,
        [FieldMissing] = ApiErrorMeaning.FieldMissing,
        ["UK.OBIE.Field.Unexpected"] = ApiErrorMeaning.FieldUnexpected,
        [HeaderInvalid] = ApiErrorMeaning.HeaderInvalid,
        [HeaderMissing] = ApiErrorMeaning.HeaderMissing,
        [Reauthenticate] = ApiErrorMeaning.Reauthenticate,
        ["UK.OBIE.Resource.ConsentMismatch"] = ApiErrorMeaning.ConsentMismatch,
        [InvalidConsentStatus] = ApiErrorMeaning.InvalidConsentStatus,
        ["UK.OBIE.Resource.InvalidFormat"] = ApiErrorMeaning.InvalidFormat,
        [ResourceNotFound] = ApiErrorMeaning.ResourceNotFound,
        ["UK.OBIE.Rules.AfterCutOffDateTime"] = ApiErrorMeaning.Rules,
        ["UK.OBIE.Rules.DuplicateReference"] = ApiErrorMeaning.Rules,
        ["UK.OBIE.Signature.Invalid"] = ApiErrorMeaning.Signature,
        ["UK.OBIE.Signature.InvalidClaim"] = ApiErrorMeaning.Signature,
        ["UK.OBIE.Signature.Malformed"] = ApiErrorMeaning.Signature,
        ["UK.OBIE.Signature.Missing"] = ApiErrorMeaning.Signature,
        ["UK.OBIE.Signature.MissingClaim"] = ApiErrorMeaning.Signature,
        ["UK.OBIE.Signature.Unexpected"] = ApiErrorMeaning.Signature,
        [UnexpectedError] = ApiErrorMeaning.Unexpected,
        ["UK.OBIE.Unsupported.AccountIdentifier"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.AccountSecondaryIdentifier"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.Currency"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.Frequency"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.LocalInstrument"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.Scheme"] = ApiErrorMeaning.Unsupported,
        [V4FieldMissing] = ApiErrorMeaning.FieldMissing,
    };

    /// <summary>What <paramref name="errorCode"/> means; <see cref="ApiErrorMeaning.Unrecognised"/> for a code not in <see cref="Meanings"/>.</summary>
    public static ApiErrorMeaning Meaning(string? errorCode) =>
        errorCode is not null && Meanings.TryGetValue(errorCode, out var meaning) ? meaning : ApiErrorMeaning.Unrecognised;
}
