using System.Text;
using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Features.Aisp;
using MockAspsp.Hosting;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// The Payment Initiation API v3.1.11 under /open-banking/v3.1/pisp: the 41 operations of its seven payment order
/// types, written once over the <see cref="PaymentApi"/> table.
/// <para>
/// Design. Every handler is thin: it gathers the request (certificate, token, headers, body bytes) and the clock, asks a
/// pure decision, and applies it to the <see cref="BankStore"/> in one atomic step; a refusal leaves the state the very
/// same instance. A POST goes, in order: the token (<see cref="PaymentAccess"/>: client credentials for consents and
/// reads, the PSU's code token for submissions and funds confirmation), the media type (415), x-idempotency-key
/// (<see cref="Idempotency.Key"/>), the body (at most <see cref="RequestBody.MaxBytes"/>), its x-jws-signature over the
/// exact bytes (<see cref="DetachedJws"/>), then — under the store's lock — the idempotency lookup (a repeat creates
/// nothing and is answered with the resource as it is now) and the decision: the body's shape against the spec's own
/// schemas (<see cref="PaymentSchemas"/>), the rules beyond them (<see cref="InitiationRules"/>), and for a submission
/// the consent's status, cut-off, and an Initiation and Risk equal to the consent's (<see cref="PaymentDecisions"/>).
/// The PSU authorises a consent through the same /authorize flow as account access, with scope <c>payments</c>, and
/// picks the debtor account there when the consent names none. A payment's status is never stored: it follows from
/// the clock (<see cref="Settlement"/>), and so do its debit and the balances the account API shows (<see cref="Ledger"/>).
/// Every 2xx response with a body is serialised once to bytes, signed over them with the bank's key
/// (<see cref="ResponseSigner"/>) and written as signed.
/// </para>
/// </summary>
public static class PispEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    /// <summary>Maps every payment order type's consent, payment, details, funds confirmation and file operations.</summary>
    public static IEndpointRouteBuilder MapPisp(this IEndpointRouteBuilder routes)
    {
        var pisp = routes.MapGroup(PaymentDocuments.BasePath);
        foreach (var api in PaymentApi.All)
        {
            pisp.MapPost($"/{api.ConsentPath}", (HttpContext c, MockBank b, ResourceGuard g) => CreateConsent(c, b, g, api));
            pisp.MapGet($"/{api.ConsentPath}/{{consentId}}", (HttpContext c, MockBank b, ResourceGuard g, string consentId) => GetConsent(c, b, g, api, consentId));
            if (api.FundsConfirmation)
            {
                pisp.MapGet($"/{api.ConsentPath}/{{consentId}}/funds-confirmation", (HttpContext c, MockBank b, ResourceGuard g, string consentId) => Funds(c, b, g, api, consentId));
            }

            pisp.MapPost($"/{api.PaymentPath}", (HttpContext c, MockBank b, ResourceGuard g) => Submit(c, b, g, api));
            pisp.MapGet($"/{api.PaymentPath}/{{paymentId}}", (HttpContext c, MockBank b, ResourceGuard g, string paymentId) => GetPayment(c, b, g, api, paymentId));
            pisp.MapGet($"/{api.PaymentPath}/{{paymentId}}/payment-details", (HttpContext c, MockBank b, ResourceGuard g, string paymentId) => Details(c, b, g, api, paymentId));
        }

        FilePayments.Map(pisp);
        return routes;
    }

    private static Task<IResult> CreateConsent(HttpContext context, MockBank bank, ResourceGuard guard, PaymentApi api) =>
        Post(context, bank, guard, TokenKind.ClientCredentials, IsJson,
            (state, access, body, now) => PaymentDecisions.CreateConsent(state, api, access.ClientId, bank.Ids.Id(api.ConsentIdPrefix), body, now, bank.Options),
            (state, consentId, now) => Signed(bank, 201, PaymentDocuments.Consent(api, state.PaymentConsents[consentId], bank.Issuer.Value, bank.Options), now));

    private static IResult GetConsent(HttpContext context, MockBank bank, ResourceGuard guard, PaymentApi api, string consentId) =>
        Get(context, bank, guard, TokenKind.ClientCredentials, (state, access, now) =>
            PaymentDecisions.Consent(state, api, access.ClientId, consentId)
                .Map(consent => Signed(bank, 200, PaymentDocuments.Consent(api, consent, bank.Issuer.Value, bank.Options), now)));

    private static IResult Funds(HttpContext context, MockBank bank, ResourceGuard guard, PaymentApi api, string consentId) =>
        Get(context, bank, guard, TokenKind.Consent, (state, access, now) =>
            PaymentDecisions.FundsAvailable(state, api, access.Consent!, consentId, now, bank.Options)
                .Map(available => Signed(bank, 200, PaymentDocuments.Funds(api, consentId, available, bank.Issuer.Value, now), now)));

    private static Task<IResult> Submit(HttpContext context, MockBank bank, ResourceGuard guard, PaymentApi api) =>
        Post(context, bank, guard, TokenKind.Consent, IsJson,
            (state, access, body, now) => PaymentDecisions.Submit(state, api, access.Consent!, bank.Ids.Id(api.PaymentIdPrefix), body, now, bank.Options),
            (state, paymentId, now) => Signed(bank, 201, PaymentDocument(bank, api, state, state.Payments[paymentId], now), now));

    private static IResult GetPayment(HttpContext context, MockBank bank, ResourceGuard guard, PaymentApi api, string paymentId) =>
        Get(context, bank, guard, TokenKind.ClientCredentials, (state, access, now) =>
            PaymentDecisions.Payment(state, api, access.ClientId, paymentId).Map(payment => Signed(bank, 200, PaymentDocument(bank, api, state, payment, now), now)));

    private static IResult Details(HttpContext context, MockBank bank, ResourceGuard guard, PaymentApi api, string paymentId) =>
        Get(context, bank, guard, TokenKind.ClientCredentials, (state, access, now) =>
            PaymentDecisions.Payment(state, api, access.ClientId, paymentId).Map(payment =>
                Signed(bank, 200, PaymentDocuments.Details(api, state, payment, bank.Issuer.Value, bank.Options, now), now)));

    private static JsonObject PaymentDocument(MockBank bank, PaymentApi api, BankState state, Payment payment, DateTimeOffset now) =>
        PaymentDocuments.Payment(api, state, payment, bank.Issuer.Value, bank.Options, now);

    /// <summary>
    /// The steps every payment POST shares (see the class's design note): token, media type, idempotency key, body,
    /// signature; then, atomically, idempotency and <paramref name="decide"/>; then <paramref name="answer"/> for what was
    /// created (or found created before).
    /// </summary>
    internal static async Task<IResult> Post(
        HttpContext context, MockBank bank, ResourceGuard guard, TokenKind kind, Func<string?, bool>? mediaType,
        Func<BankState, PaymentAccess, byte[], DateTimeOffset, (BankState State, Either<ObError, string> Created)> decide,
        Func<BankState, string, DateTimeOffset, IResult> answer)
    {
        var now = bank.Time.GetUtcNow();
        var admitted =
            from access in guard.Admit(context, (state, certificate, authorization, at) => PaymentAccess.Decide(state, certificate, authorization, kind, at), a => a.ClientId)
            from media in mediaType is null || mediaType(context.Request.ContentType)
                ? Prelude.Right<ObError, Unit>(Prelude.unit)
                : new ObError(415, ObCodes.HeaderInvalid, "the body must be application/json", "Content-Type")
            from key in Idempotency.Key(context.Request.Headers[Idempotency.Header].ToString())
            select (access, key);
        return await admitted.MatchAsync(
            RightAsync: async request =>
            {
                var client = bank.Clients.Find(request.access.ClientId)!;
                var signature = context.Request.Headers[DetachedJws.Header].ToString();
                var operation = $"POST {context.Request.Path}";
                return (await RequestBody.Bytes(context)).MapLeft(problem => problem.Ob())
                    .Bind(body => DetachedJws.Verify(signature, body, client, DetachedJws.Policy.Of(bank.Options), now).Map(_ => body))
                    .Bind(body => bank.Store.Update(state =>
                        Idempotency.Once(state, Idempotency.Request.Of(request.access.ClientId, request.key, operation, body), now, s => decide(s, request.access, body, now))))
                    .Match(Right: outcome => answer(bank.Store.Current, outcome.ResourceId, now), Left: error => error.ToResult());
            },
            Left: error => error.ToResult());
    }

    /// <summary>
    /// The steps every payment GET shares: the token, then no x-jws-signature (a GET has no body to sign:
    /// UK.OBIE.Signature.Unexpected), then <paramref name="read"/> on the current state.
    /// </summary>
    internal static IResult Get(HttpContext context, MockBank bank, ResourceGuard guard, TokenKind kind, Func<BankState, PaymentAccess, DateTimeOffset, Either<ObError, IResult>> read)
    {
        var now = bank.Time.GetUtcNow();
        return guard.Admit(context, (state, certificate, authorization, at) => PaymentAccess.Decide(state, certificate, authorization, kind, at), a => a.ClientId)
            .Bind(access => context.Request.Headers.ContainsKey(DetachedJws.Header)
                ? new ObError(400, ObCodes.SignatureUnexpected, "x-jws-signature is not expected on a GET: there is no body to sign", DetachedJws.Header)
                : Prelude.Right<ObError, PaymentAccess>(access))
            .Bind(access => read(bank.Store.Current, access, now))
            .Match(Right: result => result, Left: error => error.ToResult());
    }

    /// <summary>A JSON document serialised once, signed over its bytes with the bank's key.</summary>
    internal static IResult Signed(MockBank bank, int status, JsonObject document, DateTimeOffset now)
    {
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
        return new SignedResult(status, bytes, Json, bank.Signer.Sign(bytes, now));
    }

    private static bool IsJson(string? contentType) => OAuth.OAuthEndpoints.IsMediaType(contentType, "application/json");
}
