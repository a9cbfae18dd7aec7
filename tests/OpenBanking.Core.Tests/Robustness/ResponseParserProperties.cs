using OpenBanking.Core.Api;
using System.Reflection;
using CsCheck;
using LanguageExt;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Accounts;

namespace OpenBanking.Core.Tests.Robustness;

/// <summary>
/// Every parser of a bank's response, on generated and mutated bodies: each answers Right or Left and never throws, and
/// a body without a member the parser requires is always Left.
/// </summary>
[Category("Property")]
public class ResponseParserProperties
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private const string TokenBody = """{"access_token":"at-1","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-1","scope":"openid accounts","id_token":"a.b.c"}""";

    private const string ConsentBody = """
        {"Data": {"ConsentId": "urn-alphabank-intent-88379", "Status": "AwaitingAuthorisation", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00",
                  "CreationDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadAccountsDetail", "ReadBalances"],
                  "ExpirationDateTime": "2017-08-02T00:00:00+00:00", "TransactionFromDateTime": "2017-05-03T00:00:00+00:00"},
         "Risk": {}, "Links": {"Self": "https://api.alphabank.com/account-access-consents/urn-alphabank-intent-88379"}, "Meta": {"TotalPages": 1}}
        """;

    private const string OAuthErrorBody = """{"error":"invalid_client","error_description":"client assertion expired"}""";

    private const string ObErrorBody = """
        {"Code": "400 BadRequest", "Id": "2b5f0fb2", "Message": "Consent validation failed",
         "Errors": [{"ErrorCode": "UK.OBIE.Field.Missing", "Message": "Permissions missing", "Path": "Data.Permissions", "Url": "https://example.com/docs"}]}
        """;

    private const string DiscoveryBody = """
        {"issuer": "https://aspsp.example.com", "authorization_endpoint": "https://aspsp.example.com/auth", "token_endpoint": "https://aspsp.example.com/token",
         "jwks_uri": "https://aspsp.example.com/jwks", "token_endpoint_auth_methods_supported": ["private_key_jwt", "tls_client_auth"],
         "id_token_signing_alg_values_supported": ["PS256"], "request_object_signing_alg_values_supported": ["PS256"],
         "response_types_supported": ["code id_token"], "scopes_supported": ["openid", "accounts"], "mtls_endpoint_aliases": {"token_endpoint": "https://mtls.aspsp.example.com/token"}}
        """;

    private static readonly string[] DiscoveryRequired = ["$.issuer", "$.authorization_endpoint", "$.token_endpoint", "$.jwks_uri"];

    private static readonly string[] ConsentRequired =
        ["$.Data", "$.Risk", "$.Data.ConsentId", "$.Data.Status", "$.Data.CreationDateTime", "$.Data.StatusUpdateDateTime", "$.Data.Permissions"];

    /// <summary>Every paged read with a body of its kind from the other tests.</summary>
    public static IEnumerable<TestCaseData> Reads()
    {
        yield return Read("accounts", AccountInformation.Accounts(), AccountParsingTests.AccountsBody);
        yield return Read("balances", AccountInformation.Balances(), AccountParsingTests.BalancesBody);
        yield return Read("transactions", AccountInformation.Transactions(), AccountParsingTests.TransactionsBody);
        yield return Read("beneficiaries", AccountInformation.Beneficiaries(), ResourceBodies.BeneficiariesBody);
        yield return Read("direct debits", AccountInformation.DirectDebits(), ResourceBodies.DirectDebitsBody);
        yield return Read("standing orders", AccountInformation.StandingOrders(), ResourceBodies.StandingOrdersBody);
        yield return Read("scheduled payments", AccountInformation.ScheduledPayments(), ResourceBodies.ScheduledPaymentsBody);
        yield return Read("statements", AccountInformation.Statements(), ResourceBodies.StatementsBody);
        yield return Read("products", AccountInformation.Products(), ResourceBodies.ProductsBody);
        yield return Read("party", AccountInformation.Party(), ResourceBodies.PartyBody);
        yield return Read("parties", AccountInformation.Parties("22289"), ResourceBodies.PartiesBody);
        yield return Read("offers", AccountInformation.Offers(), ResourceBodies.OffersBody);
    }

    private static TestCaseData Read<T>(string name, ApiCall<ResourcePage<T>> read, string seed) =>
        new TestCaseData(name, seed, (Func<HttpResponseSpec, Either<OpenBankingError, Unit>>)(r => read.Parse(r, $"GET {name}").Map(_ => Unit.Default)), RequiredOfFirstItem<T>(seed))
            .SetArgDisplayNames(name);

    // $.Data, and the members the item's type cannot do without (constructor parameters with no default), on the first item.
    private static string[] RequiredOfFirstItem<T>(string seed)
    {
        var paths = JsonMutation.Paths(seed);
        var item = paths.First(p => p.StartsWith("$.Data.", StringComparison.Ordinal) && p.EndsWith("[0]", StringComparison.Ordinal));
        var required = typeof(T).GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).First().GetParameters()
            .Where(p => !p.HasDefaultValue).Select(p => $"{item}.{p.Name}");
        return ["$.Data", .. required.Where(paths.Contains)];
    }

    [TestCaseSource(nameof(Reads))]
    public void Every_resource_read_never_throws_on_a_mutated_page_and_refuses_one_without_a_member_it_requires(
        string name, string seed, Func<HttpResponseSpec, Either<OpenBankingError, Unit>> parse, string[] required)
    {
        Assert.That(parse(new MutatedBody(System.Text.Encoding.UTF8.GetBytes(seed), "application/json").Response(200)).IsRight, Is.True, "the seed itself parses");

        NeverThrows($"read {name}", seed, 200, parse);
        RefusesWithout($"read {name}", seed, 200, required, parse);
    }

    [Test]
    public void The_token_response_parser_never_throws_and_refuses_a_body_without_access_token_or_token_type()
    {
        Func<HttpResponseSpec, Either<OpenBankingError, Unit>> parse = r => TokenResponse.Parse(r, ReceivedAt).Map(_ => Unit.Default);

        NeverThrows("token response", TokenBody, 200, parse);
        RefusesWithout("token response", TokenBody, 200, ["$.access_token", "$.token_type"], parse);
    }

    [TestCase(OAuthErrorBody, 400)]
    [TestCase(OAuthErrorBody, 401)]
    [TestCase(ObErrorBody, 400)]
    [TestCase(ObErrorBody, 403)]
    [TestCase(ObErrorBody, 500)]
    public void Error_classification_always_gives_an_error_and_never_throws(string seed, int status)
    {
        PropertyRun.Check($"error classification {status}", MutatedBody.From(seed),
            body => Assert.That(ResponseErrors.Classify(body.Response(status), "operation"), Is.Not.Null),
            body => body.ToString());
    }

    [TestCase(201)]
    [TestCase(200)]
    public void The_consent_parser_never_throws_and_refuses_a_body_without_a_member_obreadconsentresponse1_requires(int status)
    {
        Func<HttpResponseSpec, Either<OpenBankingError, Unit>> parse = r =>
            (status == 201 ? AccountInformation.CreateConsent(new AccountAccessConsentRequest([])).Parse(r) : AccountInformation.GetConsent("_").Parse(r)).Map(_ => Unit.Default);

        NeverThrows($"consent {status}", ConsentBody, status, parse);
        RefusesWithout($"consent {status}", ConsentBody, status, ConsentRequired, parse);
    }

    [Test]
    public void The_discovery_parser_never_throws_and_refuses_a_document_without_a_required_endpoint()
    {
        Func<HttpResponseSpec, Either<OpenBankingError, Unit>> parse = r => Discovery.ParseConfiguration(r, "https://aspsp.example.com").Map(_ => Unit.Default);

        NeverThrows("discovery", DiscoveryBody, 200, parse);
        RefusesWithout("discovery", DiscoveryBody, 200, DiscoveryRequired, parse);
    }

    private static void NeverThrows(string name, string seed, int status, Func<HttpResponseSpec, Either<OpenBankingError, Unit>> parse) =>
        PropertyRun.Check(name, MutatedBody.From(seed),
            body => Assert.That(parse(body.Response(status)).IsBottom, Is.False),
            body => body.ToString());

    private static void RefusesWithout(string name, string seed, int status, string[] required, Func<HttpResponseSpec, Either<OpenBankingError, Unit>> parse) =>
        PropertyRun.Check($"{name} without a required member", MutatedBody.Without(seed, required),
            input => Assert.That(parse(input.Body.Response(status)).IsLeft, Is.True, () => $"accepted without {input.Removed}"),
            input => $"without {input.Removed}: {input.Body}");
}
