using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Http;
using static OpenBanking.Conformance.Tests.Support.Build;
using static OpenBanking.Conformance.Tests.Support.PaymentTraffic;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>
/// Cases for the payment rules — the request signature (TPP-JWS), idempotency across a recording (TPP-IDM), a
/// payment's Initiation against its consent (TPP-PIS) and the payments scope (TPP-TOK-007, TPP-RO-013): a careful
/// TPP's payment and VRP traffic, broken one way at a time.
/// </summary>
public static class PaymentRuleCases
{
    private const string ConsentKey = "3b2f8a52-7c1e-4e0b-9d6a-1f2e3d4c5b6a";
    private const string Signature = "$.request.headers.x-jws-signature";
    private const string SignatureHeaderPath = "$.request.headers.x-jws-signature.header";
    private const string Key = "$.request.headers.x-idempotency-key";
    private const string Initiation = "$.request.body.Data.Initiation";

    private static RecordedRequest Consent(JsonObject header) => Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, Scrubbed(header));

    private static RecordedRequest ConsentSigned(JsonObject header, JsonObject? sent = null, string? signed = null) =>
        Post("/domestic-payment-consents", sent ?? DomesticConsent(), ConsentKey, SignedOver(header, signed ?? Text(DomesticConsent())));

    /// <summary>A case on the consent's signature header: the careful one, and one changed by <paramref name="change"/>.</summary>
    private static RuleCase HeaderCase(string id, string name, Action<JsonObject> change, string path) =>
        new(id, name, Recording(Exchange(Consent(SignatureHeader()))), Recording(Exchange(Consent(SignatureHeader().With(change)))), path);

    private static RuleCase Case(string id, string name, RecordedTraffic good, RecordedTraffic bad, string path) => new(id, name, good, bad, path);

    private static readonly JsonObject Tampered = DomesticConsent().With(c => c["Data"]!["Initiation"]!["InstructedAmount"]!["Amount"] = "1165.88");

    private static readonly JsonObject B64False = SignatureHeader().With(h =>
    {
        h["b64"] = false;
        h["crit"]!.AsArray().Add("b64");
    });

    private static readonly string Pretty = DomesticConsent().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    /// <summary>A consent as a HAR file records it: the body's text exactly as sent (indented), signed as it is or as compact JSON.</summary>
    private static RecordedRequest AsSent(string signedText) =>
        Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, SignedOver(SignatureHeader(), signedText))
            with { Body = new RecordedBody.Json(DomesticConsent()) { Sent = Pretty } };

    private static Exchange ConsentPost(string key, JsonObject? body = null, RecordedResponse? response = null) =>
        Exchange(Post("/domestic-payment-consents", body ?? DomesticConsent(), key), response);

    private static readonly JsonObject OtherConsent = DomesticConsent().With(c => c["Data"]!["Initiation"]!["InstructionIdentification"] = "ACME413");

    private static RecordedRequest ClientToken(string scope) =>
        TokenRequest([H("grant_type", "client_credentials"), H("scope", scope),
            H("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), H("client_assertion", "eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJ0cHAifQ.")]);

    private static RecordedRequest Authorize(string scope) =>
        new("GET", new Uri($"{Build.Issuer}/authorize?{FormUrlEncoding.Encode([
            H("client_id", "tpp-client-1"), H("response_type", "code id_token"), H("scope", scope),
            H("request", Jwt(new JsonObject { ["alg"] = "PS256", ["kid"] = Kid }, new JsonObject
            {
                ["iss"] = "tpp-client-1", ["client_id"] = "tpp-client-1", ["scope"] = scope,
                ["claims"] = new JsonObject { ["id_token"] = new JsonObject { ["openbanking_intent_id"] = new JsonObject { ["value"] = ConsentId, ["essential"] = true } } },
            })),
        ])}"), [H("Accept", "text/html")], RecordedBody.None);

    public static IEnumerable<RuleCase> Cases =>
    [
        HeaderCase("TPP-JWS-001", "alg RS256, which the profile does not allow", h => h["alg"] = "RS256", $"{SignatureHeaderPath}.alg"),
        HeaderCase("TPP-JWS-001", "alg none", h => h["alg"] = "none", $"{SignatureHeaderPath}.alg"),
        Case("TPP-JWS-001", "a first part that is not base64url JSON",
            Recording(Exchange(Consent(SignatureHeader()))),
            Recording(Exchange(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, "bm90IGpzb24..<signature>"))), Signature),
        HeaderCase("TPP-JWS-002", "no kid", h => h.Remove("kid"), $"{SignatureHeaderPath}.kid"),
        HeaderCase("TPP-JWS-003", "iat as a string", h => h["http://openbanking.org.uk/iat"] = Now.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{SignatureHeaderPath}.http://openbanking.org.uk/iat"),
        HeaderCase("TPP-JWS-003", "iat an hour after the request", h => h["http://openbanking.org.uk/iat"] = Now + 3600, $"{SignatureHeaderPath}.http://openbanking.org.uk/iat"),
        HeaderCase("TPP-JWS-003", "iat in milliseconds", h => h["http://openbanking.org.uk/iat"] = Now * 1000, $"{SignatureHeaderPath}.http://openbanking.org.uk/iat"),
        HeaderCase("TPP-JWS-003", "no iat", h => h.Remove("http://openbanking.org.uk/iat"), $"{SignatureHeaderPath}.http://openbanking.org.uk/iat"),
        HeaderCase("TPP-JWS-004", "no iss", h => h.Remove("http://openbanking.org.uk/iss"), $"{SignatureHeaderPath}.http://openbanking.org.uk/iss"),
        HeaderCase("TPP-JWS-004", "iss without the organisation id, under the Open Banking Directory", h => h["http://openbanking.org.uk/iss"] = "tpp-software-1",
            $"{SignatureHeaderPath}.http://openbanking.org.uk/iss"),
        HeaderCase("TPP-JWS-005", "no tan", h => h.Remove("http://openbanking.org.uk/tan"), $"{SignatureHeaderPath}.http://openbanking.org.uk/tan"),
        HeaderCase("TPP-JWS-005", "tan as a URL", h => h["http://openbanking.org.uk/tan"] = "https://openbanking.org.uk", $"{SignatureHeaderPath}.http://openbanking.org.uk/tan"),
        HeaderCase("TPP-JWS-006", "crit without tan", h => h["crit"] = new JsonArray("http://openbanking.org.uk/iat", "http://openbanking.org.uk/iss"), $"{SignatureHeaderPath}.crit"),
        HeaderCase("TPP-JWS-006", "crit naming b64 without b64", h => h["crit"]!.AsArray().Add("b64"), $"{SignatureHeaderPath}.crit"),
        HeaderCase("TPP-JWS-006", "no crit", h => h.Remove("crit"), $"{SignatureHeaderPath}.crit"),
        HeaderCase("TPP-JWS-007", "b64 false to a v3.1.11 API", h => { h["b64"] = false; h["crit"]!.AsArray().Add("b64"); }, $"{SignatureHeaderPath}.b64"),
        Case("TPP-JWS-007", "no b64 to a v3.1.3 API",
            WithKeys(Consent(B64False), keys: false, apiVersion: "v3.1.3"), WithKeys(Consent(SignatureHeader()), keys: false, apiVersion: "v3.1.3"), $"{SignatureHeaderPath}.b64"),
        HeaderCase("TPP-JWS-008", "an x5c member the profile does not list", h => h["x5c"] = new JsonArray("MIIB"), $"{SignatureHeaderPath}.x5c"),
        HeaderCase("TPP-JWS-008", "typ JWT", h => h["typ"] = "JWT", $"{SignatureHeaderPath}.typ"),
        HeaderCase("TPP-JWS-008", "cty text/plain for a JSON body", h => h["cty"] = "text/plain", $"{SignatureHeaderPath}.cty"),
        Case("TPP-JWS-009", "the body changed after it was signed",
            WithKeys(ConsentSigned(SignatureHeader())), WithKeys(ConsentSigned(SignatureHeader(), sent: Tampered)), Signature),
        Case("TPP-JWS-009", "signed with a key the TPP's JWKS does not publish",
            WithKeys(ConsentSigned(SignatureHeader())), WithKeys(ConsentSigned(SignatureHeader().With(h => h["kid"] = "tpp-signing-2"))), $"{SignatureHeaderPath}.kid"),
        Case("TPP-JWS-009", "a body recorded as sent (indented), signed as compact JSON instead",
            WithKeys(AsSent(Pretty)), WithKeys(AsSent(Text(DomesticConsent()))), Signature),
        Case("TPP-JWS-009", "an unencoded (b64 false) signature to a v3.1.3 API over another body",
            WithKeys(ConsentSigned(B64False), apiVersion: "v3.1.3"), WithKeys(ConsentSigned(B64False, sent: Tampered), apiVersion: "v3.1.3"), Signature),
        Case("TPP-JWS-009", "a signature in base64 rather than base64url",
            WithKeys(ConsentSigned(SignatureHeader())),
            WithKeys(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, $"{Scrubbed(SignatureHeader())[..^"<signature>".Length]}ab+/cd==")), Signature),
        Case("TPP-JWS-010", "a real signature and no client_jwks to verify it with",
            WithKeys(ConsentSigned(SignatureHeader())), WithKeys(ConsentSigned(SignatureHeader()), keys: false), Signature),
        Case("TPP-IDM-001", "a retry after no answer with a new key",
            Recording(ConsentPost(ConsentKey), ConsentPost(ConsentKey, response: Created(ConsentId, DomesticConsent()))),
            Recording(ConsentPost(ConsentKey), ConsentPost("5e0c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c", response: Created(ConsentId, DomesticConsent()))), Key),
        Case("TPP-IDM-002", "one key for two different consents",
            Recording(ConsentPost(ConsentKey), ConsentPost("5e0c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c", OtherConsent)),
            Recording(ConsentPost(ConsentKey), ConsentPost(ConsentKey, OtherConsent)), Key),
        Case("TPP-IDM-002", "the consent's key sent again with the payment",
            Domestic(), Domestic(key: ConsentKey), Key),
        Case("TPP-PIS-001", "a payment whose amount is not the consent's",
            Domestic(), Domestic(DomesticPayment(DomesticConsent()).With(p => p["Data"]!["Initiation"]!["InstructedAmount"]!["Amount"] = "165.89")),
            $"{Initiation}.InstructedAmount.Amount"),
        Case("TPP-PIS-001", "a payment that adds a DebtorAccount the consent left to the PSU",
            Domestic(), Domestic(DomesticPayment(DomesticConsent()).With(p => p["Data"]!["Initiation"]!["DebtorAccount"] = new JsonObject
            {
                ["SchemeName"] = "UK.OBIE.SortCodeAccountNumber", ["Identification"] = "11280001234567",
            })), $"{Initiation}.DebtorAccount"),
        Case("TPP-PIS-001", "a payment whose Risk is not the consent's",
            Domestic(), Domestic(DomesticPayment(DomesticConsent()).With(p => p["Risk"]!["PaymentContextCode"] = "PartyToParty")), "$.request.body.Risk.PaymentContextCode"),
        Case("TPP-PIS-001", "a VRP whose creditor is not the consent's",
            DomesticVrp(), DomesticVrp(Vrp(VrpConsent()).With(p => p["Data"]!["Initiation"]!["CreditorAccount"]!["Identification"] = "30949330000011")),
            $"{Initiation}.CreditorAccount.Identification"),
        Case("TPP-PIS-001", "a domestic payment under a VRP consent",
            Recording(Exchange(Post("/domestic-vrp-consents", VrpConsent(), ConsentKey), Created(VrpConsentId, VrpConsent())),
                Exchange(Post("/domestic-vrps", Vrp(VrpConsent()), "0d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f70"))),
            Recording(Exchange(Post("/domestic-vrp-consents", VrpConsent(), ConsentKey), Created(VrpConsentId, VrpConsent())),
                Exchange(Post("/domestic-payments", DomesticPayment(DomesticConsent(), VrpConsentId), "0d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f70"))),
            "$.request.body.Data.ConsentId"),
        Case("TPP-TOK-007", "a client credentials token for accounts, then a payment consent",
            Recording(Exchange(ClientToken("payments")), ConsentPost(ConsentKey, response: Created(ConsentId, DomesticConsent()))),
            Recording(Exchange(ClientToken("accounts")), ConsentPost(ConsentKey, response: Created(ConsentId, DomesticConsent()))), "$.request.body.scope"),
        Case("TPP-TOK-007", "a client credentials token for accounts, then a VRP consent",
            Recording(Exchange(ClientToken("accounts payments")), Exchange(Post("/domestic-vrp-consents", VrpConsent(), ConsentKey))),
            Recording(Exchange(ClientToken("accounts")), Exchange(Post("/domestic-vrp-consents", VrpConsent(), ConsentKey))), "$.request.body.scope"),
        Case("TPP-RO-013", "the authorization of a payment consent asks for accounts",
            Recording(ConsentPost(ConsentKey, response: Created(ConsentId, DomesticConsent())), Exchange(Authorize("openid payments"))),
            Recording(ConsentPost(ConsentKey, response: Created(ConsentId, DomesticConsent())), Exchange(Authorize("openid accounts"))), "$.request.query.scope"),
    ];
}
