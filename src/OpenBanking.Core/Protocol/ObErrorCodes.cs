namespace OpenBanking.Core.Protocol;

/// <summary>OBIE error codes (OBError1.ErrorCode, the spec's <c>x-namespaced-enum</c>) the library acts on.</summary>
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
}
