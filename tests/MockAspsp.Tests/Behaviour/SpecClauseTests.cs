using System.Net;
using System.Text.Json;
using MockAspsp.Features.Aisp;
using MockAspsp.Seed;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Consents;

namespace MockAspsp.Tests.Behaviour;

/// <summary>
/// Three behaviours the official suite's Account and Transaction scripts expect, each named after the clause it follows:
/// the consent's permission rules, a client credentials token on a PSU's resource, and ISO 8601 date-times in filters.
/// </summary>
public class SpecClauseTests
{
    // ---- Account and Transaction API Profile v3.1.11, Consent Elements, "Permissions" ----

    private static IEnumerable<TestCaseData> MustReject()
    {
        yield return Rejected("an empty Permissions array", """[]""", "Data.Permissions");
        yield return Rejected("a permission code that is not supported", """["ReadAccountsBasic","ReadEverything"]""", "Data.Permissions[1]");
        yield return Rejected("ReadTransactionsBasic without Credits or Debits", """["ReadAccountsBasic","ReadTransactionsBasic"]""", "Data.Permissions");
        yield return Rejected("ReadTransactionsDetail without Credits or Debits", """["ReadAccountsBasic","ReadTransactionsDetail"]""", "Data.Permissions");
        yield return Rejected("ReadTransactionsCredits without Basic or Detail", """["ReadAccountsBasic","ReadTransactionsCredits"]""", "Data.Permissions");
        yield return Rejected("ReadTransactionsDebits without Basic or Detail", """["ReadAccountsBasic","ReadTransactionsDebits"]""", "Data.Permissions");
    }

    private static TestCaseData Rejected(string name, string permissions, string path) =>
        new TestCaseData(permissions, path).SetName($"Permissions (AIS profile v3.1.11): the ASPSP must reject {name} with a 400");

    [TestCaseSource(nameof(MustReject))]
    public async Task A_consent_on_the_must_reject_list_gets_400_Field_Invalid_and_changes_nothing(string permissions, string path)
    {
        await using var context = new BadRequestContext(await TestBank.StartAsync());
        var token = await context.ClientToken();
        context.Mark();

        using var response = await context.PostConsent(token, $$$"""{"Data":{"Permissions":{{{permissions}}}},"Risk":{}}""");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = body.GetProperty("Errors")[0];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body.GetProperty("Code").GetString(), Is.EqualTo("400 Bad Request"));
            Assert.That(error.GetProperty("ErrorCode").GetString(), Is.EqualTo("UK.OBIE.Field.Invalid"));
            Assert.That(error.GetProperty("Path").GetString(), Is.EqualTo(path));
            Assert.That(context.Bank.State, Is.SameAs(context.Marked), "a refused consent leaves the bank as it was");
        });
    }

    private static IEnumerable<TestCaseData> MustAccept()
    {
        yield return Accepted("ReadBalances alone (the must-reject list has no ReadAccounts* rule)", """["ReadBalances"]""");
        yield return Accepted("ReadTransactionsDetail with ReadTransactionsCredits and no ReadAccounts*", """["ReadTransactionsDetail","ReadTransactionsCredits"]""");
        yield return Accepted("Basic with its Detail (\"must not reject solely on the basis of duplication\")", """["ReadAccountsBasic","ReadAccountsDetail"]""");
        yield return Accepted("a code listed twice (no rule rejects it)", """["ReadAccountsBasic","ReadBalances","ReadBalances"]""");
    }

    private static TestCaseData Accepted(string name, string permissions) =>
        new TestCaseData(permissions).SetName($"Permissions (AIS profile v3.1.11): the ASPSP accepts {name}");

    [TestCaseSource(nameof(MustAccept))]
    public async Task A_consent_off_the_must_reject_list_is_created_as_asked(string permissions)
    {
        await using var context = new BadRequestContext(await TestBank.StartAsync());
        var token = await context.ClientToken();

        using var response = await context.PostConsent(token, $$$"""{"Data":{"Permissions":{{{permissions}}}},"Risk":{}}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var played = JsonDocument.Parse(body).RootElement.GetProperty("Data").GetProperty("Permissions").EnumerateArray().Select(p => p.GetString());
        Assert.That(played, Is.EqualTo(JsonSerializer.Deserialize<string[]>(permissions)), "the consent plays back exactly what was asked for");
    }

    [Test]
    public async Task Permissions_AIS_profile_a_ReadBalances_only_consent_reads_balances_end_to_end()
    {
        var (context, token) = await Consented.Consent(new AccountAccessConsentRequest(["ReadBalances"]));
        await using var owned = context;

        var balances = await Consented.Json(context, "/balances", token);
        using var accounts = await context.Get("/accounts", token);

        Assert.That(balances.GetProperty("Data").GetProperty("Balance").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "no ReadAccounts* granted, so GET /accounts is refused, not the consent");
    }

    // ---- Read/Write Data API Profile v3.1.11, HTTP Status Codes: "Authorization header missing or invalid token | 401";
    //      Account and Transaction API Profile, Grants Types: an authorization code grant "to access all other resources" ----

    private static readonly string[] PsuResources =
    [
        "/accounts", "/accounts/1001", "/balances", "/accounts/1001/balances", "/transactions", "/accounts/1001/transactions",
        "/beneficiaries", "/accounts/1001/beneficiaries", "/direct-debits", "/accounts/1001/direct-debits", "/offers",
        "/accounts/1001/offers", "/party", "/accounts/1001/party", "/accounts/1001/parties", "/products", "/accounts/1001/product",
        "/scheduled-payments", "/accounts/1001/scheduled-payments", "/standing-orders", "/accounts/1001/standing-orders",
        "/statements", "/accounts/1001/statements", "/accounts/1001/statements/1001-S202603",
        "/accounts/1001/statements/1001-S202603/file", "/accounts/1001/statements/1001-S202603/transactions",
    ];

    [Test]
    public async Task Status_codes_RW_profile_a_client_credentials_token_on_every_PSU_resource_is_a_401_invalid_token()
    {
        await using var context = new BadRequestContext(await TestBank.StartAsync());
        var token = await context.ClientToken();
        context.Mark();

        foreach (var path in PsuResources)
        {
            using var response = await context.Get(path, token);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{path}: {body}");
                Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer error=\"invalid_token\""), path);
                Assert.That(body, Is.Empty, $"{path}: a refused token gets a bare 401 (profile §401: \"without any error response\")");
            });
        }

        Assert.That(context.Bank.State, Is.SameAs(context.Marked));
    }

    [Test]
    public async Task Grants_types_AIS_profile_the_client_credentials_token_still_reads_its_consent()
    {
        await using var context = new BadRequestContext(await TestBank.StartAsync());
        var pending = await context.Pending();

        using var read = await context.Get($"/account-access-consents/{pending.ConsentId}", pending.ClientToken.AccessToken);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    // ---- Read/Write Data API Profile v3.1.11, Date Formats ("must accept all valid ISO-8601 date formats including its
    //      permitted variations") and Filtering ("If the DateTime contains a timezone, the ASPSP must ignore the timezone component") ----

    private static IEnumerable<TestCaseData> IsoForms()
    {
        var at = new DateTime(2016, 1, 1, 10, 40, 12);
        yield return Form("2016-01-01T10:40:12.345Z", at.AddMilliseconds(345));
        yield return Form("20160101T104012.345Z", at.AddMilliseconds(345));
        yield return Form("2016-01-01T10:40:12.34567+01", at.AddTicks(3_456_700));
        yield return Form("20160101T104012.567+01", at.AddMilliseconds(567));
        yield return Form("2016-01-01T10:40:12+0100", at);
        yield return Form("2016-01-01T10:40:12+01:00", at);
        yield return Form("2016-01-01T10:40:12-05:30", at);
        yield return Form("2016-01-01T10:40:12\u221205:30", at);
        yield return Form("2016-01-01T10:40:12 01:00", at); // '+' sent unescaped decodes to a space
        yield return Form("2016-01-01T10:40:12", at);
        yield return Form("2016-01-01T10:40:12.1234567891234Z", at.AddTicks(1_234_567));
        yield return Form("2016-01-01T10:40:12,5", at.AddMilliseconds(500));
        yield return Form("2016-01-01T10:40", at.AddSeconds(-12));
        yield return Form("2016-01-01T10:40Z", at.AddSeconds(-12));
        yield return Form("20160101T1040", at.AddSeconds(-12));
        yield return Form("2016-01-01T10", new DateTime(2016, 1, 1, 10, 0, 0));
        yield return Form("2016-01-01T10.5", new DateTime(2016, 1, 1, 10, 30, 0));
        yield return Form("2016-01-01T24:00:00", new DateTime(2016, 1, 2));
        yield return Form("2016-01-01", new DateTime(2016, 1, 1));
        yield return Form("20160101", new DateTime(2016, 1, 1));
        yield return Form("2016-001T10:40:12", at);
        yield return Form("2016001T104012", at);
        yield return Form("2015-W53-5T10:40:12", at);
        yield return Form("2015W535T104012Z", at);
        yield return Form("2016-02-29", new DateTime(2016, 2, 29));
    }

    private static TestCaseData Form(string text, DateTime expected) =>
        new TestCaseData(text, expected).SetName($"Date Formats (R/W profile v3.1.11): {text.Replace(' ', '_').Replace('.', '_')} is {expected:yyyy-MM-ddTHH:mm:ss.fffffff} as written");

    [TestCaseSource(nameof(IsoForms))]
    public void Every_ISO_8601_form_is_read_as_the_local_date_time_written(string text, DateTime expected) =>
        Assert.That(QueryDateTime.Parse(text), Is.EqualTo(expected));

    [TestCase("last-tuesday")]
    [TestCase("2026-10-05T00:00:00garbage")]
    [TestCase("31/03/2026")]
    [TestCase("2016-13-01")]
    [TestCase("2015-02-29")]
    [TestCase("2016-01-01T25:00")]
    [TestCase("2016-01-01T24:00:01")]
    [TestCase("2016-01-01T10:60")]
    [TestCase("2016-01-01T10:40:12.")]
    [TestCase("2016-01-01T10:40:12+1")]
    [TestCase("2016-01-01T10:40:12+01:0")]
    [TestCase("2016-01-01T10:40:12+24:00")]
    [TestCase("2016-01-01T10:40:12ZZ")]
    [TestCase("2016-01-01T")]
    [TestCase("2016-1-1")]
    [TestCase("2016-W54-1")]
    [TestCase("2016-W01-8")]
    [TestCase("2016-367")]
    [TestCase("0000-01-01")]
    [TestCase("9999-12-31T24:00")]
    [TestCase("")]
    [TestCase("2016-01-01T10:40:12.1111111111111111111111111111111111111111111111111111111111")]
    public void Garbage_is_no_date_time(string text) => Assert.That(QueryDateTime.Parse(text), Is.Null);

    [Test]
    public async Task Filtering_RW_profile_booking_dates_in_any_ISO_form_filter_by_the_local_time_written_and_ignore_the_zone()
    {
        var (context, token) = await Consented.Consent("ReadAccountsBasic", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits");
        await using var owned = context;
        var target = SeedData.Bank.Transactions["1001"].First(t => t.BookingDateTime.Offset == TimeSpan.Zero && t.BookingDateTime.Ticks % TimeSpan.TicksPerSecond == 0);
        var local = target.BookingDateTime.DateTime;

        // From and To both name the target's moment as written; honouring the zone would move From after it (-05:00)
        // or To before it (+05:00) and lose it.
        string[][] forms =
        [
            [$"{local:yyyy-MM-ddTHH:mm:ss}-05:00", $"{local:yyyy-MM-ddTHH:mm:ss}+05:00"],
            [$"{local:yyyyMMddTHHmmss}.000-05", $"{local:yyyyMMddTHHmmss}.000+05"],
            [$"{local:yyyy-MM-ddTHH:mm:ss}.00000-0500", $"{local:yyyy-MM-ddTHH:mm:ss}.00000+0500"],
            [$"{local:yyyy-MM-ddTHH:mm:ss}", $"{local:yyyy-MM-ddTHH:mm:ss}Z"],
        ];
        foreach (var form in forms)
        {
            var json = await Consented.Json(context,
                $"/accounts/1001/transactions?fromBookingDateTime={Uri.EscapeDataString(form[0])}&toBookingDateTime={Uri.EscapeDataString(form[1])}", token);

            var ids = json.GetProperty("Data").GetProperty("Transaction").EnumerateArray().Select(t => t.GetProperty("TransactionId").GetString());
            Assert.That(ids, Does.Contain(target.TransactionId), string.Join(" to ", form));
        }
    }

    [Test]
    public async Task Date_formats_RW_profile_a_garbage_date_is_still_400_Field_InvalidDate()
    {
        var (context, token) = await Consented.Consent("ReadAccountsBasic", "ReadStatementsBasic");
        await using var owned = context;

        using var response = await context.Get("/statements?fromStatementDateTime=20160101T1040121", token);

        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Errors")[0];
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.GetProperty("ErrorCode").GetString(), Is.EqualTo("UK.OBIE.Field.InvalidDate"));
    }
}
