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
    /// The v4.0 error codes (OBExternalStatusReason1Code U000–U029) and the v3.1 code each one replaces, as the OBIE's
    /// code sets publish them (OpenBankingUK/External_Internal_CodeSets, OB_Internal_Codeset: "U004,
    /// UK.OBIE.Field.Missing, A required field is missing", …). U030 onwards are payment status reasons, not errors.
    /// </summary>
    public static IReadOnlyDictionary<string, string> V4Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["U000"] = UnexpectedError,
        ["U001"] = "UK.OBIE.Field.Expected",
        ["U002"] = FieldInvalid,
        ["U003"] = "UK.OBIE.Field.InvalidDate",
        [V4FieldMissing] = FieldMissing,
        ["U005"] = "UK.OBIE.Field.Unexpected",
        ["U006"] = HeaderInvalid,
        ["U007"] = HeaderMissing,
        ["U008"] = "UK.OBIE.Resource.ConsentMismatch",
        ["U009"] = InvalidConsentStatus,
        ["U010"] = "UK.OBIE.Resource.InvalidFormat",
        ["U011"] = ResourceNotFound,
        ["U012"] = "UK.OBIE.Rules.AfterCutOffDateTime",
        ["U013"] = "UK.OBIE.Rules.DuplicateReference",
        ["U014"] = "UK.OBIE.Rules.FailsControlParameters",
        ["U015"] = "UK.OBIE.Signature.Invalid",
        ["U016"] = "UK.OBIE.Signature.InvalidClaim",
        ["U017"] = "UK.OBIE.Signature.MissingClaim",
        ["U018"] = "UK.OBIE.Signature.Malformed",
        ["U019"] = "UK.OBIE.Signature.Missing",
        ["U020"] = "UK.OBIE.Signature.Unexpected",
        ["U021"] = "UK.OBIE.Unsupported.AccountIdentifier",
        ["U022"] = "UK.OBIE.Unsupported.AccountSecondaryIdentifier",
        ["U023"] = "UK.OBIE.Unsupported.Currency",
        ["U024"] = "UK.OBIE.Unsupported.EventType",
        ["U025"] = "UK.OBIE.Unsupported.Frequency",
        ["U026"] = "UK.OBIE.Unsupported.LocalInstrument",
        ["U027"] = "UK.OBIE.Unsupported.Scheme",
        ["U028"] = Reauthenticate,
        ["U029"] = "UK.OBIE.Rules.ResourceAlreadyExists",
    };

    private static readonly Dictionary<string, ApiErrorMeaning> V3Meanings = new(StringComparer.Ordinal)
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
        ["UK.OBIE.Rules.FailsControlParameters"] = ApiErrorMeaning.Rules,
        ["UK.OBIE.Rules.ResourceAlreadyExists"] = ApiErrorMeaning.Rules,
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
        ["UK.OBIE.Unsupported.EventType"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.Frequency"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.LocalInstrument"] = ApiErrorMeaning.Unsupported,
        ["UK.OBIE.Unsupported.Scheme"] = ApiErrorMeaning.Unsupported,
    };

    /// <summary>
    /// The meaning of each code: every v3.1 code of OBError1.ErrorCode (the v3.1.11 OpenAPI files' lists), and every
    /// v4.0 code of <see cref="V4Codes"/> with the meaning of the v3 code it replaces. Any other code is
    /// <see cref="ApiErrorMeaning.Unrecognised"/>, never a failure.
    /// </summary>
    public static IReadOnlyDictionary<string, ApiErrorMeaning> Meanings { get; } =
        V3Meanings.Concat(V4Codes.Select(v4 => KeyValuePair.Create(v4.Key, V3Meanings[v4.Value])))
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    /// <summary>What <paramref name="errorCode"/> means; <see cref="ApiErrorMeaning.Unrecognised"/> for a code not in <see cref="Meanings"/>.</summary>
    public static ApiErrorMeaning Meaning(string? errorCode) =>
        errorCode is not null && Meanings.TryGetValue(errorCode, out var meaning) ? meaning : ApiErrorMeaning.Unrecognised;
}
