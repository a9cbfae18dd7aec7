using System.Net.Http.Headers;
using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Statements: the list, one statement, its file and its transactions.</summary>
public static partial class AccountRequests
{
    /// <summary>GET /statements or /accounts/{AccountId}/statements, filtered by statement date-time (ReadStatementsBasic or Detail).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Statements(
        ValidatedApiConfig config, string accessToken, StatementQuery query, string interactionId, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filtered(config, "statements", query.AccountId, "StatementDateTime", query.FromStatementDateTime, query.ToStatementDateTime,
            accessToken, interactionId, customer);
    }

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Statement(
        ValidatedApiConfig config, string accessToken, string accountId, string statementId, string interactionId, CustomerContext? customer = null) =>
        OfStatement(accountId, statementId, "").Bind(path =>
            ResourceRequest.Build(config, "GET account statement", HttpMethod.Get, path, accessToken, interactionId, customer));

    /// <summary>
    /// GET /accounts/{AccountId}/statements/{StatementId}/file: the statement as a file, in the format the bank keeps it in.
    /// The spec's Statements resource has the TPP ask for a format with <c>Accept</c>; <paramref name="accept"/> is sent as
    /// it is (<c>application/pdf</c> unless given, a list such as <c>application/pdf, */*;q=0.1</c> is allowed).
    /// </summary>
    public static Either<OpenBankingError, HttpRequestSpec> StatementFile(
        ValidatedApiConfig config, string accessToken, string accountId, string statementId, string interactionId,
        CustomerContext? customer = null, string accept = global::OpenBanking.Core.Accounts.StatementFile.Pdf)
    {
        ArgumentNullException.ThrowIfNull(accept);
        return from _ in MediaRanges(accept)
               from path in OfStatement(accountId, statementId, "/file")
               from request in ResourceRequest.Build(config, "GET account statement file", HttpMethod.Get, path, accessToken, interactionId, customer, accept: accept)
               select request;
    }

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}/transactions: the transactions on one statement.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> StatementTransactions(
        ValidatedApiConfig config, string accessToken, string accountId, string statementId, string interactionId, CustomerContext? customer = null) =>
        OfStatement(accountId, statementId, "/transactions").Bind(path =>
            ResourceRequest.Build(config, "GET account statement transactions", HttpMethod.Get, path, accessToken, interactionId, customer));

    /// <summary>Parses an OBReadStatement2 page (of the statements list or of one statement).</summary>
    public static Either<OpenBankingError, ResourcePage<Statement>> ParseStatements(HttpResponseSpec response, string operation = "GET statements") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentStatementsData, operation, "OBReadStatement2", d => d.Statement);

    /// <summary>
    /// Reads a statement file: any media type (without a Content-Type, <c>application/octet-stream</c>, as RFC 9110 §8.3
    /// lets a recipient assume), the bytes untouched, the file name from Content-Disposition when the bank gives one.
    /// An error status is classified as for every other operation; an empty 200 is a <see cref="ParseError"/>.
    /// </summary>
    public static Either<OpenBankingError, StatementFile> ParseStatementFile(HttpResponseSpec response, string operation = "GET account statement file")
    {
        ArgumentNullException.ThrowIfNull(response);
        if (ObJson.UnexpectedStatus(response, operation, 200) is { } error)
        {
            return error;
        }

        return response.Body.IsEmpty
            ? new ParseError(operation, "a statement file", null, "the body is empty", response.InteractionId)
            : new StatementFile(response.MediaType ?? "application/octet-stream", EquatableList.Create(response.Body.Span), FileName(response.Header("Content-Disposition")));
    }

    private static Either<OpenBankingError, string> OfStatement(string accountId, string statementId, string rest) =>
        string.IsNullOrWhiteSpace(statementId)
            ? new ValidationError("statement_id", "the StatementId is empty")
            : PerAccount(accountId).Map(path => $"{path}/statements/{Uri.EscapeDataString(statementId)}{rest}");

    private static Either<OpenBankingError, Unit> MediaRanges(string accept) =>
        accept.Split(',').All(range => MediaTypeWithQualityHeaderValue.TryParse(range.Trim(), out _))
            ? Prelude.unit
            : new ValidationError("accept", $"'{accept}' is not a list of media ranges such as 'application/pdf'");

    private static string? FileName(string? contentDisposition) =>
        contentDisposition is not null && ContentDispositionHeaderValue.TryParse(contentDisposition, out var disposition)
            ? disposition.FileNameStar ?? disposition.FileName?.Trim('"')
            : null;
}
