namespace OpenBanking.Core.Errors;

/// <summary>One entry of an OBErrorResponse1's <c>Errors</c> array (OBError1).</summary>
/// <param name="ErrorCode">The OBIE error code, e.g. <c>UK.OBIE.Field.Missing</c>.</param>
/// <param name="Message">What the bank says is wrong.</param>
/// <param name="Path">The JSON path of the offending field, if the bank gave one.</param>
/// <param name="Url">A link to documentation, if the bank gave one.</param>
public sealed record ApiErrorDetail(string ErrorCode, string Message, string? Path = null, string? Url = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Path is null ? $"{ErrorCode}: {Message}" : $"{ErrorCode} at {Path}: {Message}";
}
