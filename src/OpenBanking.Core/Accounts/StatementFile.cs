namespace OpenBanking.Core.Accounts;

/// <summary>
/// A statement as a file (GET /accounts/{AccountId}/statements/{StatementId}/file): the bytes and their media type as
/// the bank sent them. The format is the bank's (a PDF is usual), asked for with the Accept header.
/// </summary>
/// <param name="MediaType">The media type of the content, lower case, without parameters (e.g. <c>application/pdf</c>).</param>
/// <param name="Content">The file.</param>
/// <param name="FileName">The file name the bank suggested in Content-Disposition, if any.</param>
public sealed record StatementFile(string MediaType, EquatableList<byte> Content, string? FileName = null)
{
    /// <summary>The media type a statement file is asked for with unless the caller says otherwise.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>The media type, size and name; never the content (it is the PSU's statement).</summary>
    public override string ToString() => $"{MediaType}, {Content.Count} bytes{(FileName is null ? "" : $", {FileName}")}";
}
