namespace MockAspsp.Fapi;

/// <summary>The OBIE error codes the mock answers with (OBError1.ErrorCode, v3.1.11).</summary>
public static class ObCodes
{
#pragma warning disable CS1591 // the spec's names
    public const string FieldExpected = "UK.OBIE.Field.Expected";
    public const string FieldInvalid = "UK.OBIE.Field.Invalid";
    public const string FieldInvalidDate = "UK.OBIE.Field.InvalidDate";
    public const string FieldMissing = "UK.OBIE.Field.Missing";
    public const string FieldUnexpected = "UK.OBIE.Field.Unexpected";
    public const string HeaderInvalid = "UK.OBIE.Header.Invalid";
    public const string HeaderMissing = "UK.OBIE.Header.Missing";
    public const string Reauthenticate = "UK.OBIE.Reauthenticate";
    public const string ConsentMismatch = "UK.OBIE.Resource.ConsentMismatch";
    public const string InvalidConsentStatus = "UK.OBIE.Resource.InvalidConsentStatus";
    public const string InvalidFormat = "UK.OBIE.Resource.InvalidFormat";
    public const string NotFound = "UK.OBIE.Resource.NotFound";
    public const string UnexpectedError = "UK.OBIE.UnexpectedError";
    public const string AfterCutOffDateTime = "UK.OBIE.Rules.AfterCutOffDateTime";
    public const string SignatureInvalid = "UK.OBIE.Signature.Invalid";
    public const string SignatureInvalidClaim = "UK.OBIE.Signature.InvalidClaim";
    public const string SignatureMalformed = "UK.OBIE.Signature.Malformed";
    public const string SignatureMissing = "UK.OBIE.Signature.Missing";
    public const string SignatureMissingClaim = "UK.OBIE.Signature.MissingClaim";
    public const string SignatureUnexpected = "UK.OBIE.Signature.Unexpected";
    public const string UnsupportedAccountIdentifier = "UK.OBIE.Unsupported.AccountIdentifier";
    public const string UnsupportedAccountSecondaryIdentifier = "UK.OBIE.Unsupported.AccountSecondaryIdentifier";
    public const string UnsupportedCurrency = "UK.OBIE.Unsupported.Currency";
    public const string UnsupportedFrequency = "UK.OBIE.Unsupported.Frequency";
    public const string UnsupportedLocalInstrument = "UK.OBIE.Unsupported.LocalInstrument";
    public const string UnsupportedScheme = "UK.OBIE.Unsupported.Scheme";
#pragma warning restore CS1591
}
