using System.Net;
using System.Text.Json;
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
}
