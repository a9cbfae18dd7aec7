using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;
using static OpenBanking.Conformance.Tests.Support.JsonEdit;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>A passing and a failing recording for every ASPSP- rule: the response rules, the consent rules and the token rules.</summary>
public static class ResponseRuleCases
{
    private const string Pisp = "https://rs.bank.example/open-banking/v3.1/pisp";
    private const string OtherId = "5b0e6f7a-1c9d-4a4e-9a51-2f3e8c7d6b10";

    private static readonly RecordedRequest Accounts = Get($"{Aisp}/accounts");

    private static readonly RecordedRequest ConsentPost = PostJson($"{Aisp}/account-access-consents", JsonNode.Parse("""
        {"Data": {"Permissions": ["ReadAccountsDetail", "ReadBalances", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits"],
                  "ExpirationDateTime": "2027-02-21T00:00:00Z", "TransactionFromDateTime": "2026-01-01T00:00:00+00:00"},
         "Risk": {}}
        """)!);

    private static readonly RecordedRequest ConsentGet = Get($"{Aisp}/account-access-consents/aac-7f3c1a2b");

    private static readonly RecordedRequest PaymentConsent = PostJson($"{Pisp}/domestic-payment-consents", JsonNode.Parse("""{"Data": {"Initiation": {}}, "Risk": {}}""")!,
        [.. ResourceHeaders(), H("Content-Type", "application/json"), H("x-idempotency-key", "c7a1b7a0-3f2e-4d55-9a6c-1b2f4e8d9a10"), H("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..c2ln")]);

    private static readonly RecordedRequest VrpConsent = PostJson($"{Pisp}/domestic-vrp-consents", JsonNode.Parse("""{"Data": {}, "Risk": {}}""")!,
        [.. ResourceHeaders(), H("Content-Type", "application/json"), H("x-idempotency-key", "d2c0c3f4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), H("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..c2ln")]);

    private static RecordedResponse AccountsOk => Json(200, SpecBodies.Body("OBReadAccount6"));

    private static RecordedResponse Consent(int status = 201, string change = "Data.Status", string json = "\"AwaitingAuthorisation\"") =>
        Json(status, Set(SpecBodies.Body("OBReadConsentResponse1"), change, json));

    private static RecordedResponse Error(int status, string errorCode = "UK.OBIE.Field.Invalid") =>
        Json(status, Set(SpecBodies.Body("OBErrorResponse1"), "Errors[0].ErrorCode", $"\"{errorCode}\""));

    private static RecordedResponse TokenOk(string change = "scope", string json = "\"accounts\"") =>
        Json(200, Set(JsonNode.Parse("""{"access_token": "<access_token>", "token_type": "Bearer", "expires_in": 3600}""")!, change, json), H("Cache-Control", "no-store"));

    private static RecordedResponse TokenError(int status, string error) =>
        Json(status, JsonNode.Parse($$"""{"error": "{{error}}", "error_description": "the client assertion has expired"}""")!, H("Cache-Control", "no-store"));

    private static RuleCase Case(string id, string name, RecordedRequest request, RecordedResponse good, RecordedResponse bad, string path) =>
        new(id, name, Recording(Exchange(request, good)), Recording(Exchange(request, bad)), path);

    public static IEnumerable<RuleCase> Cases =>
    [
        Case("ASPSP-HDR-001", "no interaction id on a success", Accounts, AccountsOk, AccountsOk.WithHeader("x-fapi-interaction-id", null), "$.response.headers.x-fapi-interaction-id"),
        Case("ASPSP-HDR-001", "no interaction id on an error", Accounts, Error(400), Error(400).WithHeader("x-fapi-interaction-id", null), "$.response.headers.x-fapi-interaction-id"),
        Case("ASPSP-HDR-002", "another interaction id than the request's", Accounts, AccountsOk, AccountsOk.WithHeader("x-fapi-interaction-id", OtherId), "$.response.headers.x-fapi-interaction-id"),
        Case("ASPSP-HDR-002", "a made-up interaction id that is not a UUID", Accounts.WithHeader("x-fapi-interaction-id", null),
            AccountsOk.WithHeader("x-fapi-interaction-id", OtherId), AccountsOk.WithHeader("x-fapi-interaction-id", "req-42"), "$.response.headers.x-fapi-interaction-id"),
        Case("ASPSP-HDR-003", "a JSON body labelled text/plain", Accounts, AccountsOk, AccountsOk.WithHeader("Content-Type", "text/plain"), "$.response.headers.Content-Type"),
        Case("ASPSP-HDR-003", "a JSON body labelled text/html, recorded as text", Accounts, AccountsOk,
            AccountsOk.WithHeader("Content-Type", "text/html") with { Body = new RecordedBody.Text(SpecBodies.Body("OBReadAccount6").ToJsonString()) }, "$.response.headers.Content-Type"),
        Case("ASPSP-HDR-003", "a token response without Content-Type", TokenRequest(), TokenOk(), TokenOk().WithHeader("Content-Type", null), "$.response.headers.Content-Type"),
        Case("ASPSP-HDR-004", "a 429 without Retry-After", Accounts, NoBody(429, H("Retry-After", "30")), NoBody(429), "$.response.headers.Retry-After"),
        Case("ASPSP-HDR-005", "Retry-After as an HTTP-date", Accounts, NoBody(429, H("Retry-After", "30")), NoBody(429, H("Retry-After", "Mon, 23 Nov 2026 12:00:30 GMT")), "$.response.headers.Retry-After"),
        Case("ASPSP-HDR-006", "an unsigned payment consent", PaymentConsent, PaymentConsentCreated().WithHeader("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJl"),
            PaymentConsentCreated(), "$.response.headers.x-jws-signature"),
        Case("ASPSP-HDR-006", "an attached JWS", PaymentConsent, PaymentConsentCreated().WithHeader("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJl"),
            PaymentConsentCreated().WithHeader("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9.eyJEYXRhIjp7fX0.c2ln"), "$.response.headers.x-jws-signature"),
        Case("ASPSP-STS-001", "404 for an operation that does not list it", Accounts, Error(400), NoBody(404), "$.response.status"),
        Case("ASPSP-STS-002", "a created consent answered with 200", ConsentPost, Consent(), Consent(200), "$.response.status"),
        Case("ASPSP-ERR-001", "an error code the spec does not define", Accounts, Error(400), Error(400, "UK.OBIE.Field.Wrong"), "$.response.body.Errors[0].ErrorCode"),
        Case("ASPSP-ERR-001", "an error without Errors", Accounts, Error(403, "UK.OBIE.Resource.ConsentMismatch"),
            Json(403, Set(SpecBodies.Body("OBErrorResponse1"), "Errors", Remove)), "$.response.body.Errors"),
        Case("ASPSP-ERR-001", "a 500 answered with an HTML page", Accounts, Error(500, "UK.OBIE.UnexpectedError"),
            new RecordedResponse(500, [H("Content-Type", "text/html"), H("x-fapi-interaction-id", InteractionId)], new RecordedBody.Text("<h1>Oops</h1>")), "$.response.body"),
        new("ASPSP-ERR-001", "a VRP error code on the account API", Recording(Exchange(VrpConsent, Error(400, "UK.OBIE.Rules.FailsControlParameters"))),
            Recording(Exchange(Accounts, Error(400, "UK.OBIE.Rules.FailsControlParameters"))), "$.response.body.Errors[0].ErrorCode"),
        Case("ASPSP-ERR-002", "a 400 without a body", Accounts, Error(400), NoBody(400), "$.response.body"),
        Case("ASPSP-ERR-003", "a refused access token answered with an error body", Accounts, NoBody(401, H("WWW-Authenticate", "Bearer error=\"invalid_token\"")), Error(401), "$.response.body"),
        new("ASPSP-ERR-003", "an error body for a refused token, not for a request without one", Recording(Exchange(Accounts.WithHeader("Authorization", null), Error(401))),
            Recording(Exchange(Accounts, Error(401))), "$.response.body"),
        Case("ASPSP-SCH-001", "a currency in lower case", Accounts, AccountsOk, Json(200, Set(SpecBodies.Body("OBReadAccount6"), "Data.Account[0].Currency", "\"gbp\"")),
            "$.response.body.Data.Account[0].Currency"),
        Case("ASPSP-SCH-001", "balances without a body", Get($"{Aisp}/balances"), Json(200, SpecBodies.Body("OBReadBalance1")), NoBody(200), "$.response.body"),
        Case("ASPSP-SCH-002", "a member the spec does not define", Accounts, AccountsOk, Json(200, Set(SpecBodies.Body("OBReadAccount6"), "Data.Account[0].Colour", "\"blue\"")),
            "$.response.body.Data.Account[0].Colour"),
        Case("ASPSP-LNK-001", "no Links", Accounts, AccountsOk, Json(200, Set(SpecBodies.Body("OBReadAccount6"), "Links", Remove)), "$.response.body.Links"),
        Case("ASPSP-LNK-001", "Links without Self", ConsentPost, Consent(), Consent(201, "Links", """{"First": "https://rs.bank.example/x"}"""), "$.response.body.Links.Self"),
        Case("ASPSP-LNK-002", "no Meta", Accounts, AccountsOk, Json(200, Set(SpecBodies.Body("OBReadAccount6"), "Meta", Remove)), "$.response.body.Meta"),
        Case("ASPSP-CON-001", "a new consent already Authorised", ConsentPost, Consent(), Consent(201, "Data.Status", "\"Authorised\""), "$.response.body.Data.Status"),
        Case("ASPSP-CON-002", "a permission left out", ConsentPost, Consent(), Consent(201, "Data.Permissions[1]", Remove), "$.response.body.Data.Permissions"),
        Case("ASPSP-CON-002", "a permission added", ConsentPost, Consent(), Consent(201, "Data.Permissions[5]", "\"ReadPAN\""), "$.response.body.Data.Permissions"),
        new("ASPSP-CON-002", "a GET that shows other permissions than were asked for",
            Recording(Exchange(ConsentPost, Consent()), Exchange(ConsentGet, Consent(200))),
            Recording(Exchange(ConsentPost, Consent()), Exchange(ConsentGet, Consent(200, "Data.Permissions", """["ReadAccountsBasic"]"""))), "$.response.body.Data.Permissions"),
        Case("ASPSP-CON-003", "another expiry than asked for", ConsentPost, Consent(), Consent(201, "Data.ExpirationDateTime", "\"2026-12-31T00:00:00+00:00\""), "$.response.body.Data.ExpirationDateTime"),
        Case("ASPSP-CON-003", "a transaction period the TPP did not send", ConsentPost, Consent(), Consent(201, "Data.TransactionToDateTime", "\"2027-01-01T00:00:00+00:00\""),
            "$.response.body.Data.TransactionToDateTime"),
        Case("ASPSP-CON-004", "another consent than the path names", ConsentGet, Consent(200), Consent(200, "Data.ConsentId", "\"aac-0000\""), "$.response.body.Data.ConsentId"),
        Case("ASPSP-TOK-001", "a MAC token", TokenRequest(), TokenOk(), TokenOk("token_type", "\"mac\""), "$.response.body.token_type"),
        Case("ASPSP-TOK-001", "no access token", TokenRequest("authorization_code"), TokenOk(), TokenOk("access_token", Remove), "$.response.body.access_token"),
        Case("ASPSP-TOK-002", "expires_in as a string", TokenRequest(), TokenOk(), TokenOk("expires_in", "\"3600\""), "$.response.body.expires_in"),
        Case("ASPSP-TOK-002", "no expires_in", TokenRequest(), TokenOk(), TokenOk("expires_in", Remove), "$.response.body.expires_in"),
        Case("ASPSP-TOK-003", "a token response that may be cached", TokenRequest(), TokenOk(), TokenOk().WithHeader("Cache-Control", "private, max-age=60"), "$.response.headers.Cache-Control"),
        Case("ASPSP-TOK-004", "an error code RFC 6749 does not define", TokenRequest(), TokenError(400, "invalid_grant"), TokenError(400, "access_denied"), "$.response.body.error"),
        Case("ASPSP-TOK-005", "a refused grant answered with 403", TokenRequest(), TokenError(400, "invalid_grant"), TokenError(403, "invalid_grant"), "$.response.status"),
        Case("ASPSP-TOK-005", "401 for something other than client authentication", TokenRequest(), TokenError(401, "invalid_client"), TokenError(401, "invalid_scope"), "$.response.status"),
    ];

    private static RecordedResponse PaymentConsentCreated() => Json(201, JsonNode.Parse($$"""
        {"Data": {"ConsentId": "pdc-58923", "Status": "AwaitingAuthorisation", "CreationDateTime": "2026-11-23T12:00:00+00:00",
                  "StatusUpdateDateTime": "2026-11-23T12:00:00+00:00", "Initiation": {} },
         "Risk": {}, "Links": {"Self": "{{Pisp}}/domestic-payment-consents/pdc-58923"}, "Meta": {} }
        """)!);
}
