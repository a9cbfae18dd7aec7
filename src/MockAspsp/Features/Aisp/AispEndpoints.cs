using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Features.Pisp;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Aisp;

/// <summary>The Account and Transaction API v3.1.11 under /open-banking/v3.1/aisp.</summary>
public static partial class AispEndpoints
{
    /// <summary>The base path.</summary>
    public const string BasePath = "/open-banking/v3.1/aisp";

    /// <summary>Maps account-access-consents and the account resources.</summary>
    public static IEndpointRouteBuilder MapAisp(this IEndpointRouteBuilder routes)
    {
        var aisp = routes.MapGroup(BasePath);
        aisp.MapPost("/account-access-consents", CreateConsent);
        aisp.MapGet("/account-access-consents/{consentId}", GetConsent);
        aisp.MapDelete("/account-access-consents/{consentId}", DeleteConsent);

        aisp.MapGet("/accounts", (HttpContext c, MockBank b, ResourceGuard g) => Accounts(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Accounts(c, b, g, accountId));
        aisp.MapGet("/balances", (HttpContext c, MockBank b, ResourceGuard g) => Balances(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/balances", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Balances(c, b, g, accountId));
        aisp.MapGet("/transactions", (HttpContext c, MockBank b, ResourceGuard g) => Transactions(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/transactions", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Transactions(c, b, g, accountId));
        aisp.MapGet("/beneficiaries", (HttpContext c, MockBank b, ResourceGuard g) => Beneficiaries(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/beneficiaries", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Beneficiaries(c, b, g, accountId));
        aisp.MapGet("/direct-debits", (HttpContext c, MockBank b, ResourceGuard g) => DirectDebits(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/direct-debits", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => DirectDebits(c, b, g, accountId));
        aisp.MapGet("/standing-orders", (HttpContext c, MockBank b, ResourceGuard g) => StandingOrders(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/standing-orders", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => StandingOrders(c, b, g, accountId));
        aisp.MapGet("/scheduled-payments", (HttpContext c, MockBank b, ResourceGuard g) => ScheduledPayments(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/scheduled-payments", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => ScheduledPayments(c, b, g, accountId));
        aisp.MapGet("/offers", (HttpContext c, MockBank b, ResourceGuard g) => Offers(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/offers", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Offers(c, b, g, accountId));
        aisp.MapGet("/products", (HttpContext c, MockBank b, ResourceGuard g) => Products(c, b, g, null));
        aisp.MapGet("/accounts/{accountId}/product", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Products(c, b, g, accountId));
        aisp.MapGet("/party", (HttpContext c, MockBank b, ResourceGuard g) => Party(c, b, g, null, "ReadPartyPSU", list: false));
        aisp.MapGet("/accounts/{accountId}/party", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Party(c, b, g, accountId, "ReadParty", list: false));
        aisp.MapGet("/accounts/{accountId}/parties", (HttpContext c, MockBank b, ResourceGuard g, string accountId) => Party(c, b, g, accountId, "ReadParty", list: true));
        MapStatements(aisp);
        return routes;
    }

    private static async Task<IResult> CreateConsent(HttpContext context, MockBank bank, ResourceGuard guard)
    {
        // Certificate, token and content type before the body: a caller refused for any of them never has it read.
        var admitted =
            from access in guard.Check(context, TokenKind.ClientCredentials)
            from json in OAuth.OAuthEndpoints.IsMediaType(context.Request.ContentType, "application/json")
                ? Prelude.Right<ObError, Unit>(Prelude.unit)
                : new ObError(415, ObCodes.HeaderInvalid, "the body must be application/json", "Content-Type")
            select access;
        var created = await admitted.MatchAsync(
            RightAsync: async access =>
            {
                var bytes = await RequestBody.Json(context);
                var now = bank.Time.GetUtcNow();
                var consentId = bank.Ids.Id("aac");
                return from read in bytes.MapLeft(problem => problem.Ob())
                       from body in ConsentBody.Parse(read, now)
                       select bank.Store.Update(state => ConsentDecisions.Create(state, access.Token.ClientId, consentId, body, now));
            },
            Left: error => error);
        return created.Match(Right: consent => Json(ConsentDocument(consent, bank), 201), Left: e => e.ToResult());
    }

    private static IResult GetConsent(HttpContext context, MockBank bank, ResourceGuard guard, string consentId) =>
        guard.Check(context, TokenKind.ClientCredentials)
            .Bind(access => ConsentDecisions.Read(bank.Store.Current, access.Token.ClientId, consentId))
            .Match(Right: consent => Json(ConsentDocument(consent, bank)), Left: e => e.ToResult());

    private static IResult DeleteConsent(HttpContext context, MockBank bank, ResourceGuard guard, string consentId)
    {
        var now = bank.Time.GetUtcNow();
        return guard.Check(context, TokenKind.ClientCredentials)
            .Bind(access => bank.Store.Update(state => ConsentDecisions.Delete(state, access.Token.ClientId, consentId, now)))
            .Match(Right: _ => Results.NoContent(), Left: e => e.ToResult());
    }

    private static JsonObject ConsentDocument(Consent consent, MockBank bank)
    {
        var data = new JsonObject
        {
            ["ConsentId"] = consent.ConsentId,
            ["Status"] = consent.Status.ToString(),
            ["CreationDateTime"] = Wire.Date(consent.CreationDateTime),
            ["StatusUpdateDateTime"] = Wire.Date(consent.StatusUpdateDateTime),
            ["Permissions"] = new JsonArray([.. consent.Permissions.Select(p => (JsonNode)JsonValue.Create(p))]),
        };
        if (consent.ExpirationDateTime is { } expiration)
        {
            data["ExpirationDateTime"] = Wire.Date(expiration);
        }

        if (consent.TransactionFromDateTime is { } from)
        {
            data["TransactionFromDateTime"] = Wire.Date(from);
        }

        if (consent.TransactionToDateTime is { } to)
        {
            data["TransactionToDateTime"] = Wire.Date(to);
        }

        return new JsonObject
        {
            ["Data"] = data,
            ["Risk"] = new JsonObject(),
            ["Links"] = new JsonObject { ["Self"] = $"{bank.Issuer.Value}{BasePath}/account-access-consents/{consent.ConsentId}" },
            ["Meta"] = new JsonObject { ["TotalPages"] = 1 },
        };
    }

    private static IResult Accounts(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        Read(context, bank, guard, accountId, ["ReadAccountsBasic", "ReadAccountsDetail"], scope =>
            Page(context, bank, "Account", scope.Accounts.Select(a => Shapes.Account(a, scope.Grants("ReadAccountsDetail"), scope.Grants("ReadPAN"))).ToList()));

    private static IResult Balances(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadBalances"], "Balance",
            SeedData.Bank.Accounts.SelectMany(a => Ledger.Balances(bank.Store.Current, a.AccountId, bank.Time.GetUtcNow(), bank.Options)), b => b.AccountId, (b, _) => Shapes.Balance(b));

    private static IResult Transactions(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        Read(context, bank, guard, accountId, TransactionPermissions, scope =>
            from window in QueryWindow.Of(context.Request, "fromBookingDateTime", "toBookingDateTime", scope.Access.Authorised)
            from page in TransactionPage(context, bank, scope,
                scope.Accounts.SelectMany(a => SeedData.Bank.Transactions[a.AccountId].Concat(Ledger.Debits(bank.Store.Current, a.AccountId, scope.Now, bank.Options)))
                    .Where(t => window.Holds(t.BookingDateTime)))
            select page);

    /// <summary>ReadTransactionsBasic or Detail; Credits and Debits then choose which of them are shown.</summary>
    private static readonly string[] TransactionPermissions = ["ReadTransactionsBasic", "ReadTransactionsDetail"];

    /// <summary>
    /// A page of <paramref name="candidates"/>, newest first: only the credits and debits the consent grants, Basic or
    /// Detail and ReadPAN shaping each, with the seeded year as the available period.
    /// </summary>
    private static Either<ObError, JsonObject> TransactionPage(HttpContext context, MockBank bank, ResourceScope scope, IEnumerable<BankTransaction> candidates)
    {
        var credits = scope.Grants("ReadTransactionsCredits");
        var debits = scope.Grants("ReadTransactionsDebits");
        var items = candidates
            .Where(t => t.IsCredit ? credits : debits)
            .OrderByDescending(t => t.BookingDateTime).ThenBy(t => t.TransactionId, StringComparer.Ordinal)
            .Select(t => Shapes.Transaction(t, scope.Grants("ReadTransactionsDetail"), scope.Grants("ReadPAN")))
            .ToList();
        return Page(context, bank, "Transaction", items, meta =>
        {
            meta["FirstAvailableDateTime"] = Wire.Date(SeedData.From);
            meta["LastAvailableDateTime"] = Wire.Date(SeedData.To);
        });
    }

    private static IResult Beneficiaries(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadBeneficiariesBasic", "ReadBeneficiariesDetail"], "Beneficiary", SeedData.Bank.Beneficiaries, b => b.AccountId,
            (b, scope) => Shapes.Beneficiary(b, scope.Grants("ReadBeneficiariesDetail"), scope.Grants("ReadPAN")));

    private static IResult DirectDebits(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadDirectDebits"], "DirectDebit", SeedData.Bank.DirectDebits, d => d.AccountId, (d, _) => Shapes.DirectDebit(d));

    private static IResult StandingOrders(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadStandingOrdersBasic", "ReadStandingOrdersDetail"], "StandingOrder", SeedData.Bank.StandingOrders.Concat(Ledger.StandingOrders(bank.Store.Current, bank.Time.GetUtcNow())), s => s.AccountId,
            (s, scope) => Shapes.StandingOrder(s, scope.Grants("ReadStandingOrdersDetail"), scope.Grants("ReadPAN")));

    private static IResult ScheduledPayments(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadScheduledPaymentsBasic", "ReadScheduledPaymentsDetail"], "ScheduledPayment",
            SeedData.Bank.ScheduledPayments.Concat(Ledger.ScheduledPayments(bank.Store.Current, bank.Time.GetUtcNow())), p => p.AccountId,
            (p, scope) => Shapes.ScheduledPayment(p, scope.Grants("ReadScheduledPaymentsDetail"), scope.Grants("ReadPAN")));

    private static IResult Offers(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadOffers"], "Offer", SeedData.Bank.Offers, o => o.AccountId, (o, _) => Shapes.Offer(o));

    private static IResult Products(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId) =>
        List(context, bank, guard, accountId, ["ReadProducts"], "Product", SeedData.Bank.Products, p => p.AccountId, (p, _) => Shapes.Product(p));

    /// <summary>A paged list, under <paramref name="member"/>, of the seeded <paramref name="items"/> of the accounts in scope, each shaped for the consent.</summary>
    private static IResult List<T>(
        HttpContext context, MockBank bank, ResourceGuard guard, string? accountId, string[] anyOf, string member,
        IEnumerable<T> items, Func<T, string> account, Func<T, ResourceScope, JsonObject> shape) =>
        Read(context, bank, guard, accountId, anyOf, scope =>
            Page(context, bank, member, items.Where(item => InScope(scope, account(item))).Select(item => shape(item, scope)).ToList()));

    private static IResult Party(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId, string permission, bool list) =>
        Read(context, bank, guard, accountId, [permission], scope =>
        {
            // Options validation guarantees every PSU login maps to a seeded customer.
            var customer = SeedData.Bank.Customers.Single(c => c.Id == scope.Access.Authorised.Customer);
            var party = Shapes.Party(customer);
            var data = list ? new JsonObject { ["Party"] = new JsonArray(party) } : new JsonObject { ["Party"] = party };
            return Prelude.Right<ObError, JsonObject>(Envelope(context, bank, data, 1, 1));
        });

    /// <summary>The steps every JSON read shares: <see cref="Authorise"/>, then the resource as JSON.</summary>
    private static IResult Read(
        HttpContext context, MockBank bank, ResourceGuard guard, string? accountId, string[] anyOf, Func<ResourceScope, Either<ObError, JsonObject>> read) =>
        Authorise(context, bank, guard, accountId, anyOf).Bind(read).Match(Right: document => Json(document), Left: error => error.ToResult());

    /// <summary>
    /// What may be read: the guard (certificate, token, consent), one of the permissions <paramref name="anyOf"/> (403),
    /// and the account the path names, if any, within the consent (400 for an account that does not exist, 403 for one
    /// the consent does not cover).
    /// </summary>
    private static Either<ObError, ResourceScope> Authorise(HttpContext context, MockBank bank, ResourceGuard guard, string? accountId, string[] anyOf) =>
        from access in guard.Check(context, TokenKind.Consent)
        from permitted in Permitted(access, anyOf)
        from scope in Scope(access, accountId, bank.Time.GetUtcNow())
        select scope;

    private static Either<ObError, Unit> Permitted(Access access, string[] anyOf) =>
        anyOf.Any(access.Authorised.Grants)
            ? Prelude.unit
            : new ObError(403, ObCodes.ConsentMismatch, $"the consent does not grant {string.Join(" or ", anyOf)}");

    /// <summary>
    /// The accounts in scope. An account id the bank does not have is a 400 UK.OBIE.Resource.NotFound (Read/Write Data API
    /// Profile v3.1.11, "400 (Bad Request) v/s 404 (Not Found)": a resource id that does not exist); one it has but the
    /// consent does not cover — another customer's, or one the PSU did not select — is a 403 (§403 (Forbidden): "the TPP
    /// does not have a consent authorisation for the AccountId. e.g., an attempt to access GET /accounts/2001 ... when
    /// the PSU has not selected AccountId 2001"), answered with UK.OBIE.Resource.ConsentMismatch.
    /// </summary>
    private static Either<ObError, ResourceScope> Scope(Access access, string? accountId, DateTimeOffset now)
    {
        var consent = access.Authorised;
        if (accountId is not null && !consent.Covers(accountId))
        {
            return SeedData.Bank.Account(accountId) is null
                ? new ObError(400, ObCodes.NotFound, $"there is no account '{accountId}'", "AccountId")
                : new ObError(403, ObCodes.ConsentMismatch, $"account '{accountId}' is not one the consent covers", "AccountId");
        }

        var accounts = SeedData.Bank.Accounts.Where(a => consent.Covers(a.AccountId) && (accountId is null || a.AccountId == accountId)).ToList();
        return new ResourceScope(access, accounts, now);
    }

    private static bool InScope(ResourceScope scope, string accountId) => scope.Accounts.Any(a => a.AccountId == accountId);

    private static Either<ObError, JsonObject> Page(HttpContext context, MockBank bank, string name, List<JsonObject> items, Action<JsonObject>? meta = null) =>
        Paging.Page(context.Request, items.Count, bank.Options.PageSize).Map(p =>
        {
            var onPage = items.Skip((p.Page - 1) * bank.Options.PageSize).Take(bank.Options.PageSize).Select(i => (JsonNode)i);
            var document = Envelope(context, bank, new JsonObject { [name] = new JsonArray([.. onPage]) }, p.Page, p.Pages);
            meta?.Invoke((JsonObject)document["Meta"]!);
            return document;
        });

    private static JsonObject Envelope(HttpContext context, MockBank bank, JsonObject data, int page, int pages) => new()
    {
        ["Data"] = data,
        ["Links"] = Paging.Links(bank.Issuer.Value, context.Request, page, pages),
        ["Meta"] = new JsonObject { ["TotalPages"] = pages },
    };

    private static IResult Json(JsonObject document, int status = 200) =>
        Results.Content(document.ToJsonString(), "application/json; charset=utf-8", statusCode: status);
}
