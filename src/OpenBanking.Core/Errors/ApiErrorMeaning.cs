namespace OpenBanking.Core.Errors;

/// <summary>
/// What an OBIE error code means, whichever version the bank speaks: v3.1.11's <c>UK.OBIE.*</c> codes and v4.0's
/// four-character codes read onto the same values (<see cref="Protocol.ObErrorCodes.Meaning"/>), so code can switch on it.
/// </summary>
public enum ApiErrorMeaning
{
    /// <summary>No code the library knows (another version's code, a bank's own code, or no detail at all).</summary>
    Unrecognised,

    /// <summary>A required field is missing (<c>UK.OBIE.Field.Missing</c>, v4.0 <c>U004</c>).</summary>
    FieldMissing,

    /// <summary>A field was expected given other fields (<c>UK.OBIE.Field.Expected</c>).</summary>
    FieldExpected,

    /// <summary>A field's value is invalid (<c>UK.OBIE.Field.Invalid</c>, <c>UK.OBIE.Field.InvalidDate</c>).</summary>
    FieldInvalid,

    /// <summary>A field is not expected here (<c>UK.OBIE.Field.Unexpected</c>).</summary>
    FieldUnexpected,

    /// <summary>A required header is missing (<c>UK.OBIE.Header.Missing</c>).</summary>
    HeaderMissing,

    /// <summary>A header's value is invalid (<c>UK.OBIE.Header.Invalid</c>).</summary>
    HeaderInvalid,

    /// <summary>The resource does not exist or is outside the consent (<c>UK.OBIE.Resource.NotFound</c>).</summary>
    ResourceNotFound,

    /// <summary>The resource is not the consent's (<c>UK.OBIE.Resource.ConsentMismatch</c>).</summary>
    ConsentMismatch,

    /// <summary>The consent's status does not allow the request (<c>UK.OBIE.Resource.InvalidConsentStatus</c>).</summary>
    InvalidConsentStatus,

    /// <summary>The resource's format is invalid (<c>UK.OBIE.Resource.InvalidFormat</c>).</summary>
    InvalidFormat,

    /// <summary>The PSU must authorise again (<c>UK.OBIE.Reauthenticate</c>).</summary>
    Reauthenticate,

    /// <summary>A JWS signature is missing, malformed or wrong (<c>UK.OBIE.Signature.*</c>).</summary>
    Signature,

    /// <summary>A business rule refused it (<c>UK.OBIE.Rules.*</c>).</summary>
    Rules,

    /// <summary>The bank does not support a value (<c>UK.OBIE.Unsupported.*</c>).</summary>
    Unsupported,

    /// <summary>Something went wrong at the bank (<c>UK.OBIE.UnexpectedError</c>).</summary>
    Unexpected,
}
