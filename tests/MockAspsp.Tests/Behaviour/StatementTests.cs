using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MockAspsp.Seed;
using MockAspsp.Tests.Negative;
using NUnit.Framework;
using OpenBanking.Core.Consents;

namespace MockAspsp.Tests.Behaviour;

/// <summary>Statements: the list and its filters, the consent's period, Basic vs Detail, a statement's transactions and its file.</summary>
public partial class StatementTests
{
    private static readonly string[] StatementsAndTransactions =
        ["ReadAccountsBasic", "ReadStatementsDetail", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits"];

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) => new(year, month, day, hour, minute, second, TimeSpan.Zero);

    private static List<string> Ids(JsonElement document, string member, string id) =>
        [.. document.GetProperty("Data").GetProperty(member).EnumerateArray().Select(s => s.GetProperty(id).GetString()!)];

    [Test]
    public async Task An_accounts_statements_are_its_twelve_months_newest_first()
    {
        var (context, token) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic");
        await using var owned = context;

        var statements = await Consented.Json(context, "/accounts/1001/statements", token, "OBReadStatement2");

        Assert.That(Ids(statements, "Statement", "StatementId"), Is.EqualTo(
            SeedData.Bank.Statements.Where(s => s.AccountId == "1001").Reverse().Select(s => s.StatementId)));
        Assert.That(statements.GetProperty("Meta").GetProperty("TotalPages").GetInt32(), Is.EqualTo(1));
        Assert.That(statements.GetProperty("Meta").GetProperty("LastAvailableDateTime").GetString(), Is.EqualTo("2026-10-31T23:59:59+00:00"));
    }

    [Test]
    public async Task All_statements_of_the_consented_accounts_come_in_linked_pages()
    {
        var (context, token) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic");
        await using var owned = context;

        var first = await Consented.Json(context, "/statements", token, "OBReadStatement2");
        var next = first.GetProperty("Links").GetProperty("Next").GetString()!;
        var second = await Consented.Json(context, new Uri(next).PathAndQuery["/open-banking/v3.1/aisp".Length..], token, "OBReadStatement2");

        Assert.That(first.GetProperty("Meta").GetProperty("TotalPages").GetInt32(), Is.EqualTo(2), "4 accounts x 12 months, 25 a page");
        Assert.That(Ids(first, "Statement", "StatementId").Concat(Ids(second, "Statement", "StatementId")), Is.EquivalentTo(
            SeedData.Bank.Statements.Where(s => SeedData.Bank.Account(s.AccountId)!.Customer == "amelia").Select(s => s.StatementId)));
        Assert.That(second.GetProperty("Links").TryGetProperty("Next", out _), Is.False);
    }

    [TestCase("?fromStatementDateTime=2026-03-01T00:00:00&toStatementDateTime=2026-05-31T23:59:59", new[] { "1001-S202605", "1001-S202604", "1001-S202603" })]
    [TestCase("?fromStatementDateTime=2026-03-15&toStatementDateTime=2026-05-15", new[] { "1001-S202604" })]
    [TestCase("?toStatementDateTime=2026-01-31T23:59:59%2B05:00", new[] { "1001-S202601", "1001-S202512", "1001-S202511" })]
    [TestCase("?fromStatementDateTime=2026-10-01", new[] { "1001-S202610" })]
    [TestCase("?fromStatementDateTime=2030-01-01", new string[0])]
    public async Task The_statement_date_filters_keep_statements_wholly_between_them(string query, string[] expected)
    {
        var (context, token) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic");
        await using var owned = context;

        var statements = await Consented.Json(context, $"/accounts/1001/statements{query}", token, "OBReadStatement2");

        Assert.That(Ids(statements, "Statement", "StatementId"), Is.EqualTo(expected));
    }

    [Test]
    public async Task Only_statements_wholly_within_the_consents_period_are_shown_or_read()
    {
        var consent = new AccountAccessConsentRequest(StatementsAndTransactions,
            TransactionFromDateTime: Utc(2026, 6, 1), TransactionToDateTime: Utc(2026, 8, 20));
        var (context, token) = await Consented.Consent(consent);
        await using var owned = context;

        var statements = await Consented.Json(context, "/accounts/1001/statements", token, "OBReadStatement2");
        using var outside = await context.Get("/accounts/1001/statements/1001-S202608", token);
        using var outsideFile = await context.Get("/accounts/1001/statements/1001-S202605/file", token);
        using var outsideLines = await context.Get("/accounts/1001/statements/1001-S202605/transactions", token);

        Assert.That(Ids(statements, "Statement", "StatementId"), Is.EqualTo(new[] { "1001-S202607", "1001-S202606" }), "August ends after the consent's period");
        Assert.That(new[] { outside.StatusCode, outsideFile.StatusCode, outsideLines.StatusCode }, Has.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Basic_leaves_out_the_statement_amounts_and_Detail_gives_the_seeded_figures()
    {
        var (basic, basicToken) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic");
        var (detail, detailToken) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsDetail");
        await using var owned = basic;
        await using var owned2 = detail;
        var seeded = SeedData.Bank.Statements.Single(s => s.StatementId == "1004-S202607");

        var basicStatement = (await Consented.Json(basic, "/accounts/1004/statements/1004-S202607", basicToken, "OBReadStatement2")).GetProperty("Data").GetProperty("Statement")[0];
        var detailStatement = (await Consented.Json(detail, "/accounts/1004/statements/1004-S202607", detailToken, "OBReadStatement2")).GetProperty("Data").GetProperty("Statement")[0];

        Assert.That(basicStatement.TryGetProperty("StatementAmount", out _), Is.False);
        Assert.That(basicStatement.GetProperty("StatementDateTime")[0].GetProperty("Type").GetString(), Is.EqualTo("UK.OBIE.PaymentDue"), "dates are Basic");
        var amounts = detailStatement.GetProperty("StatementAmount").EnumerateArray().ToDictionary(
            a => a.GetProperty("Type").GetString()!,
            a => (Amount: decimal.Parse(a.GetProperty("Amount").GetProperty("Amount").GetString()!, CultureInfo.InvariantCulture), Indicator: a.GetProperty("CreditDebitIndicator").GetString()));
        Assert.That(amounts["UK.OBIE.PreviousClosingBalance"], Is.EqualTo((Math.Abs(seeded.OpeningBalance), seeded.OpeningBalance >= 0 ? "Credit" : "Debit")));
        Assert.That(amounts["UK.OBIE.TotalCredits"], Is.EqualTo((seeded.TotalCredits, "Credit")));
        Assert.That(amounts["UK.OBIE.TotalDebits"], Is.EqualTo((seeded.TotalDebits, "Debit")));
        Assert.That(amounts["UK.OBIE.ClosingBalance"], Is.EqualTo((Math.Abs(seeded.ClosingBalance), seeded.ClosingBalance >= 0 ? "Credit" : "Debit")));
        Assert.That(amounts["UK.OBIE.CreditLimit"], Is.EqualTo((3500.00m, "Credit")));
        Assert.That(amounts["UK.OBIE.MinimumPaymentDue"].Amount, Is.EqualTo(seeded.MinimumPaymentDue));
    }

    [Test]
    public async Task Savings_and_business_statements_carry_their_interest_and_fees()
    {
        var (amelia, ameliaToken) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic");
        var (northwind, northwindToken) = await Consented.Consent(new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsBasic"]), "northwind");
        await using var owned = amelia;
        await using var owned2 = northwind;

        var savings = (await Consented.Json(amelia, "/accounts/1002/statements/1002-S202603", ameliaToken, "OBReadStatement2")).GetProperty("Data").GetProperty("Statement")[0];
        var business = (await Consented.Json(northwind, "/accounts/3001/statements/3001-S202603", northwindToken, "OBReadStatement2")).GetProperty("Data").GetProperty("Statement")[0];

        var interest = savings.GetProperty("StatementInterest")[0];
        Assert.That(interest.GetProperty("Amount").GetProperty("Amount").GetString(), Is.EqualTo("21.88"));
        Assert.That(interest.GetProperty("Rate").GetDecimal(), Is.EqualTo(0.042m), "OBRate1_1: 0.05 represents 5%");
        Assert.That(business.GetProperty("StatementFee")[0].GetProperty("Amount").GetProperty("Amount").GetString(), Is.EqualTo("8.50"));
        Assert.That(savings.TryGetProperty("StatementFee", out _) || business.TryGetProperty("StatementInterest", out _), Is.False);
    }

    [Test]
    public async Task A_statements_transactions_are_the_ones_it_lists_in_linked_pages()
    {
        var (context, token) = await Consented.Consent(StatementsAndTransactions);
        await using var owned = context;
        var statement = SeedData.Bank.Statements.Single(s => s.StatementId == "1001-S202603");

        var ids = new List<string>();
        string? path = "/accounts/1001/statements/1001-S202603/transactions";
        var pages = 0;
        while (path is not null)
        {
            var page = await Consented.Json(context, path, token, "OBReadTransaction6");
            ids.AddRange(Ids(page, "Transaction", "TransactionId"));
            pages++;
            path = page.GetProperty("Links").TryGetProperty("Next", out var next) ? new Uri(next.GetString()!).PathAndQuery["/open-banking/v3.1/aisp".Length..] : null;
        }

        Assert.That(ids, Is.EqualTo(SeedData.Bank.TransactionsOn(statement).OrderByDescending(t => t.BookingDateTime).Select(t => t.TransactionId)));
        Assert.That(pages, Is.GreaterThan(1), "a month of a current account is more than a page");
    }

    [Test]
    public async Task A_statements_transactions_follow_the_transaction_permissions()
    {
        var (context, token) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits");
        await using var owned = context;

        var lines = (await Consented.Json(context, "/accounts/1001/statements/1001-S202603/transactions", token, "OBReadTransaction6"))
            .GetProperty("Data").GetProperty("Transaction").EnumerateArray().ToList();

        Assert.That(lines.Select(t => t.GetProperty("CreditDebitIndicator").GetString()), Is.Not.Empty.And.All.EqualTo("Credit"));
        Assert.That(lines.Any(t => t.TryGetProperty("TransactionInformation", out _) || t.TryGetProperty("Balance", out _)), Is.False, "Basic");
    }

    [Test]
    public async Task The_file_is_a_PDF_by_default_whose_totals_are_the_statements()
    {
        var (context, token) = await Consented.Consent(StatementsAndTransactions);
        await using var owned = context;
        var statement = SeedData.Bank.Statements.Single(s => s.StatementId == "1001-S202603");

        using var response = await context.Get("/accounts/1001/statements/1001-S202603/file", token);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("1001-S202603.pdf"));
        Assert.That(response.Headers.Contains("x-fapi-interaction-id"), Is.True);
        AssertWellFormedPdf(text);
        Assert.That(text, Does.Contain(statement.TotalDebits.ToString("#,##0.00", CultureInfo.InvariantCulture))
            .And.Contain(statement.ClosingBalance.ToString("#,##0.00", CultureInfo.InvariantCulture))
            .And.Contain("60161331926819"));
    }

    [Test]
    public async Task The_file_as_CSV_lists_the_statements_transactions()
    {
        var (context, token) = await Consented.Consent(StatementsAndTransactions);
        await using var owned = context;
        var statement = SeedData.Bank.Statements.Single(s => s.StatementId == "1001-S202603");

        using var response = await context.Get("/accounts/1001/statements/1001-S202603/file", token, h => h.TryAddWithoutValidation("Accept", "application/pdf;q=0.5, text/csv"));

        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(rows[0], Is.EqualTo("Date,Transaction id,Description,Paid out,Paid in,Balance"));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[1]), Is.EqualTo(SeedData.Bank.TransactionsOn(statement).Select(t => t.TransactionId)));
        Assert.That(rows.Skip(1).Sum(r => r.Split(',')[^3] is { Length: > 0 } paidOut ? decimal.Parse(paidOut, CultureInfo.InvariantCulture) : 0), Is.EqualTo(statement.TotalDebits));
    }

    [TestCase("application/json")]
    [TestCase("application/pdf;q=0, text/html")]
    public async Task A_file_in_a_type_the_bank_does_not_offer_is_a_406(string accept)
    {
        var (context, token) = await Consented.Consent(StatementsAndTransactions);
        await using var owned = context;

        using var response = await context.Get("/accounts/1001/statements/1001-S202603/file", token, h => h.TryAddWithoutValidation("Accept", accept));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotAcceptable));
        Consented.AssertConforms("OBErrorResponse1", await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_card_number_on_a_card_statement_file_is_masked_unless_the_consent_has_ReadPAN()
    {
        var (masked, maskedToken) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsDetail");
        var (whole, wholeToken) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsDetail", "ReadPAN");
        await using var owned = masked;
        await using var owned2 = whole;

        using var maskedFile = await masked.Get("/accounts/1004/statements/1004-S202607/file", maskedToken);
        using var wholeFile = await whole.Get("/accounts/1004/statements/1004-S202607/file", wholeToken);

        var maskedText = Encoding.Latin1.GetString(await maskedFile.Content.ReadAsByteArrayAsync());
        Assert.That(maskedText, Does.Contain("************1111").And.Not.Contain("5555444433331111"));
        Assert.That(Encoding.Latin1.GetString(await wholeFile.Content.ReadAsByteArrayAsync()), Does.Contain("5555444433331111"));
    }

    /// <summary>Starts and ends as a PDF, and every cross-reference entry points at the start of its object.</summary>
    internal static void AssertWellFormedPdf(string text)
    {
        Assert.That(text, Does.StartWith("%PDF-1.4\n").And.EndWith("%%EOF\n"));
        var startXref = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.That(text[startXref..], Does.StartWith("xref\n0 "));
        var entries = XrefEntry().Matches(text[startXref..]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.That(entries, Is.Not.Empty);
        Assert.That(entries.Select((offset, i) => text[offset..].StartsWith($"{i + 1} 0 obj\n", StringComparison.Ordinal)), Has.All.True);
        Assert.That(text, Does.Contain("/Type /Catalog").And.Contain("/Type /Page "));
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n \n")]
    private static partial Regex XrefEntry();
}
