using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockAspsp.Fapi;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Aisp;

/// <summary>Statements (Statements v3.1.11): the list, one statement, its file and its transactions.</summary>
public static partial class AispEndpoints
{
    private static readonly string[] StatementPermissions = ["ReadStatementsBasic", "ReadStatementsDetail"];

    private static void MapStatements(RouteGroupBuilder aisp)
    {
        aisp.MapGet("/statements", (HttpContext c, MockBank b, ResourceGuard g) => Statements(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/statements", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Statements(c, b, g, accountId));
        aisp.MapGet("/accounts/{accountId}/statements/{statementId}",
            (HttpContext c, MockBank b, ResourceGuard g, string accountId, string statementId) => Statement(c, b, g, accountId, statementId));
        aisp.MapGet("/accounts/{accountId}/statements/{statementId}/file",
                (HttpContext c, MockBank b, ResourceGuard g, string accountId, string statementId) => StatementFileOf(c, b, g, accountId, statementId))
            .WithMetadata(NegotiatesMediaType.Instance);
        aisp.MapGet("/accounts/{accountId}/statements/{statementId}/transactions",
            (HttpContext c, MockBank b, ResourceGuard g, string accountId, string statementId) => StatementTransactions(c, b, g, accountId, statementId));
    }

    /// <summary>
    /// Statements whose whole period is within the query's fromStatementDateTime/toStatementDateTime ("the ASPSP must
    /// return statements where the StartDateTime and EndDateTime are both between the fromStatementDateTime and
    /// toStatementDateTime parameters") and within the consent's transaction period ("statements which are completely
    /// within this period"), newest first.
    /// </summary>
    private static IResult Statements(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        Read(context, bank, guard, accountId, StatementPermissions, scope =>
            from window in QueryWindow.Of(context.Request, "fromStatementDateTime", "toStatementDateTime", scope.Access.Authorised)
            from page in Page(context, bank, "Statement", SeedData.Bank.Statements
                    .Where(s => InScope(scope, s.AccountId) && window.Holds(s.StartDateTime, s.EndDateTime))
                    .OrderByDescending(s => s.StartDateTime).ThenBy(s => s.AccountId, StringComparer.Ordinal)
                    .Select(s => Shapes.Statement(s, scope.Grants("ReadStatementsDetail"))).ToList(),
                meta =>
                {
                    meta["FirstAvailableDateTime"] = Wire.Date(SeedData.From);
                    meta["LastAvailableDateTime"] = Wire.Date(SeedData.Bank.Statements.Max(s => s.EndDateTime));
                })
            select page);

    private static IResult Statement(HttpContext context, MockBank bank, ResourceGuard guard, string accountId, string statementId) =>
        Read(context, bank, guard, accountId, StatementPermissions, scope =>
            FindStatement(scope, accountId, statementId).Map(statement => Envelope(context, bank,
                new JsonObject { ["Statement"] = new JsonArray(Shapes.Statement(statement, scope.Grants("ReadStatementsDetail"))) }, 1, 1)));

    /// <summary>The statement's transactions: the same permissions and shaping as GET /accounts/{AccountId}/transactions.</summary>
    private static IResult StatementTransactions(HttpContext context, MockBank bank, ResourceGuard guard, string accountId, string statementId) =>
        Read(context, bank, guard, accountId, TransactionPermissions, scope =>
            from statement in FindStatement(scope, accountId, statementId)
            from page in TransactionPage(context, bank, scope, SeedData.Bank.TransactionsOn(statement))
            select page);

    /// <summary>
    /// The statement file, which needs ReadStatementsDetail ("In addition the ReadStatementsDetail is required to access
    /// the statement file download"), in the media type the Accept header chooses (406 when it accepts none on offer).
    /// </summary>
    private static IResult StatementFileOf(HttpContext context, MockBank bank, ResourceGuard guard, string accountId, string statementId) =>
        (from scope in Authorise(context, bank, guard, accountId, ["ReadStatementsDetail"])
         from statement in FindStatement(scope, accountId, statementId)
         from mediaType in StatementFile.Choose(context.Request.Headers.Accept.ToString()) is { } chosen
             ? Prelude.Right<ObError, string>(chosen)
             : new ObError(406, ObCodes.HeaderInvalid, $"the statement file is available as {string.Join(" or ", StatementFile.MediaTypes)}", "Accept")
         select Results.File(
             StatementFile.Render(mediaType, statement, scope.Accounts[0], [.. SeedData.Bank.TransactionsOn(statement)], scope.Grants("ReadPAN")),
             mediaType == StatementFile.Csv ? "text/csv; charset=utf-8" : mediaType,
             StatementFile.FileName(statement, mediaType)))
        .Match(Right: file => file, Left: error => error.ToResult());

    /// <summary>
    /// The account's statement <paramref name="statementId"/>: 400 UK.OBIE.Resource.NotFound when the account has no such
    /// statement, 403 UK.OBIE.Resource.ConsentMismatch when it is not completely within the consent's transaction period
    /// (the TPP may not see it, Read/Write Data API Profile v3.1.11 §403).
    /// </summary>
    private static Either<ObError, BankStatement> FindStatement(ResourceScope scope, string accountId, string statementId)
    {
        var statement = SeedData.Bank.Statements.FirstOrDefault(s => s.AccountId == accountId && s.StatementId == statementId);
        if (statement is null)
        {
            return new ObError(400, ObCodes.NotFound, $"account '{accountId}' has no statement '{statementId}'", "StatementId");
        }

        return QueryWindow.Of(scope.Access.Authorised).Holds(statement.StartDateTime, statement.EndDateTime)
            ? statement
            : new ObError(403, ObCodes.ConsentMismatch, $"statement '{statementId}' is not within the consent's transaction period", "StatementId");
    }
}
