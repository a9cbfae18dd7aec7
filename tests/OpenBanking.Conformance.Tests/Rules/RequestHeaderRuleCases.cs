using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Rules;

public static class RequestHeaderRuleCases
{
    private static readonly Traffic.RecordedRequest Accounts = Get($"{Aisp}/accounts");

    private static readonly Traffic.RecordedRequest PaymentConsent = PostJson(
        "https://rs.bank.example/open-banking/v3.1/pisp/domestic-payment-consents",
        JsonNode.Parse("""{"Data": {"Initiation": {}}, "Risk": {}}""")!,
        [.. ResourceHeaders(), H("Content-Type", "application/json"), H("x-idempotency-key", "c7a1b7a0-3f2e-4d55-9a6c-1b2f4e8d9a10"),
         H("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJl")]);

    private static RuleCase Case(string id, string name, Traffic.RecordedRequest good, Traffic.RecordedRequest bad, string path) =>
        new(id, name, Recording(Exchange(good)), Recording(Exchange(bad)), path);

    public static IEnumerable<RuleCase> Cases =>
    [
        Case("TPP-HDR-001", "no Authorization", Accounts, Accounts.WithHeader("Authorization", null), "$.request.headers.Authorization"),
        Case("TPP-HDR-001", "a token without a scheme (scrubbed to <credentials>)", Accounts, Accounts.WithHeader("Authorization", "<credentials>"), "$.request.headers.Authorization"),
        Case("TPP-HDR-001", "Bearer without a token", Accounts, Accounts.WithHeader("Authorization", "Bearer"), "$.request.headers.Authorization"),
        Case("TPP-HDR-001", "Basic instead of Bearer", Accounts, Accounts.WithHeader("Authorization", "Basic <client credentials>"), "$.request.headers.Authorization"),
        Case("TPP-HDR-002", "interaction id not a UUID", Accounts, Accounts.WithHeader("x-fapi-interaction-id", "req-42"), "$.request.headers.x-fapi-interaction-id"),
        Case("TPP-HDR-003", "no interaction id", Accounts, Accounts.WithHeader("x-fapi-interaction-id", null), "$.request.headers.x-fapi-interaction-id"),
        Case("TPP-HDR-004", "auth date in ISO 8601", Accounts, Accounts.WithHeader("x-fapi-auth-date", "2026-11-23T11:58:00Z"), "$.request.headers.x-fapi-auth-date"),
        Case("TPP-HDR-005", "customer IP not an address", Accounts, Accounts.WithHeader("x-fapi-customer-ip-address", "localhost"), "$.request.headers.x-fapi-customer-ip-address"),
        Case("TPP-HDR-006", "consent body sent as text/plain", PaymentConsent, PaymentConsent.WithHeader("Content-Type", "text/plain"), "$.request.headers.Content-Type"),
        Case("TPP-HDR-007", "Accept asks for XML", Accounts, Accounts.WithHeader("Accept", "application/xml"), "$.request.headers.Accept"),
        Case("TPP-HDR-008", "no idempotency key on a payment consent", PaymentConsent, PaymentConsent.WithHeader("x-idempotency-key", null), "$.request.headers.x-idempotency-key"),
        Case("TPP-HDR-008", "idempotency key over 40 characters", PaymentConsent, PaymentConsent.WithHeader("x-idempotency-key", new string('k', 41)), "$.request.headers.x-idempotency-key"),
        Case("TPP-HDR-009", "no JWS signature on a payment consent", PaymentConsent, PaymentConsent.WithHeader("x-jws-signature", null), "$.request.headers.x-jws-signature"),
        Case("TPP-HDR-009", "an attached JWS instead of a detached one", PaymentConsent, PaymentConsent.WithHeader("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9.eyJEYXRhIjp7fX0.c2ln"), "$.request.headers.x-jws-signature"),
        Case("TPP-HDR-010", "the removed x-fapi-financial-id", Accounts, Accounts.WithHeader("x-fapi-financial-id", "0015800001041RHAAY"), "$.request.headers.x-fapi-financial-id"),
    ];
}
