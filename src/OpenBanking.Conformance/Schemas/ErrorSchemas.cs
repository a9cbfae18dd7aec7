using static OpenBanking.Conformance.Schemas.SchemaDsl;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// OBErrorResponse1, the body of the Read/Write API's error responses (Read/Write Data API Profile v3.1.11 §Error
/// Response Structure), with the OBIE error codes of OBError1.ErrorCode as each v3.1.11 OpenAPI file lists them.
/// </summary>
public static class ErrorSchemas
{
    /// <summary>The error codes of the account-information, payment-initiation and confirmation-of-funds files.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        "UK.OBIE.Field.Expected", "UK.OBIE.Field.Invalid", "UK.OBIE.Field.InvalidDate", "UK.OBIE.Field.Missing", "UK.OBIE.Field.Unexpected",
        "UK.OBIE.Header.Invalid", "UK.OBIE.Header.Missing", "UK.OBIE.Reauthenticate",
        "UK.OBIE.Resource.ConsentMismatch", "UK.OBIE.Resource.InvalidConsentStatus", "UK.OBIE.Resource.InvalidFormat", "UK.OBIE.Resource.NotFound",
        "UK.OBIE.Rules.AfterCutOffDateTime", "UK.OBIE.Rules.DuplicateReference",
        "UK.OBIE.Signature.Invalid", "UK.OBIE.Signature.InvalidClaim", "UK.OBIE.Signature.Malformed", "UK.OBIE.Signature.Missing",
        "UK.OBIE.Signature.MissingClaim", "UK.OBIE.Signature.Unexpected", "UK.OBIE.UnexpectedError",
        "UK.OBIE.Unsupported.AccountIdentifier", "UK.OBIE.Unsupported.AccountSecondaryIdentifier", "UK.OBIE.Unsupported.Currency",
        "UK.OBIE.Unsupported.Frequency", "UK.OBIE.Unsupported.LocalInstrument", "UK.OBIE.Unsupported.Scheme",
    ];

    /// <summary>The VRP file's error codes: the common ones and two of its own.</summary>
    public static IReadOnlyList<string> VrpCodes { get; } = [.. Codes, "UK.OBIE.Rules.FailsControlParameters", "UK.OBIE.Rules.ResourceAlreadyExists"];

    /// <summary>OBErrorResponse1 for the account-information, payment-initiation and confirmation-of-funds APIs.</summary>
    public static SchemaSet ReadWrite { get; } = new("OBErrorResponse1 v3.1.11", Definitions(Codes));

    /// <summary>OBErrorResponse1 for the VRP API.</summary>
    public static SchemaSet Vrp { get; } = new("OBErrorResponse1 v3.1.11 (VRP)", Definitions(VrpCodes));

    /// <summary>OBErrorResponse1 and OBError1 with <paramref name="codes"/> as the OBIE error codes.</summary>
    public static Dictionary<string, Schema> Definitions(IReadOnlyList<string> codes) => new(StringComparer.Ordinal)
    {
        ["OBErrorResponse1"] = Closed(
            Req("Code", Text(1, 40)),
            Opt("Id", Text(1, 40)),
            Req("Message", Text(1, 500)),
            Req("Errors", ArrayOf(Ref("OBError1"), min: 1))),
        ["OBError1"] = Closed(
            Req("ErrorCode", Namespaced([.. codes])),
            Req("Message", Text(1, 500)),
            Opt("Path", Text(1, 500)),
            Opt("Url", Text())),
    };
}
