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
#pragma warning restore CS1591
}
