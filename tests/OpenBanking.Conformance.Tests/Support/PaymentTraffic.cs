using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>
/// Payment recordings made in code: a careful TPP's consent and submission (domestic and VRP), with the detached
/// <c>x-jws-signature</c> its header rules judge and, where a case needs one, a real PS256 signature made with a key
/// generated for the test run (never written anywhere; its public half goes into the recording as <c>client_jwks</c>).
/// </summary>
public static class PaymentTraffic
{
    public const string Pisp = "https://rs.bank.example/open-banking/v3.1/pisp";
    public const string Kid = "tpp-signing-1";
    public const string SignatureIssuer = "0015800001041RHAAY/tpp-software-1";
    public const string ConsentId = "pdc-1";
    public const string VrpConsentId = "vrp-1";

    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048));

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The protected header a TPP on v3.1.4 or later sends.</summary>
    public static JsonObject SignatureHeader() => new()
    {
        ["alg"] = "PS256",
        ["kid"] = Kid,
        ["crit"] = new JsonArray("http://openbanking.org.uk/iat", "http://openbanking.org.uk/iss", "http://openbanking.org.uk/tan"),
        ["http://openbanking.org.uk/iat"] = Now,
        ["http://openbanking.org.uk/iss"] = SignatureIssuer,
        ["http://openbanking.org.uk/tan"] = "openbanking.org.uk",
    };

    /// <summary>A detached JWS as a fixture keeps it: the header, no payload, the signature replaced by a placeholder.</summary>
    public static string Scrubbed(JsonObject header) => $"{Encode(header.ToJsonString())}..<signature>";

    /// <summary>A real detached JWS over <paramref name="body"/> with the run's test key (RFC 7797 unencoded when the header says b64 false).</summary>
    public static string SignedOver(JsonObject header, string body)
    {
        var encodedHeader = Encode(header.ToJsonString());
        var payload = header["b64"]?.GetValueKind() == JsonValueKind.False ? body : Encode(body);
        var signature = Key.Value.SignData(Encoding.UTF8.GetBytes($"{encodedHeader}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        return $"{encodedHeader}..{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The body's bytes as the library sends them: compact JSON, escaping nothing JSON does not need.</summary>
    public static string Text(JsonNode body) => body.ToJsonString(Compact);

    /// <summary>The run's public key as a JWKS, as a recording's <c>client_jwks</c> holds it.</summary>
    public static string Jwks()
    {
        var parameters = Key.Value.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["kid"] = Kid, ["use"] = "sig", ["alg"] = "PS256",
                ["n"] = Base64Url.EncodeToString(parameters.Modulus), ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            }),
        }.ToJsonString();
    }

    /// <summary>A fresh copy of the spec's domestic payment consent (OBWriteDomesticConsent4), as the schema rule's cases have it.</summary>
    public static JsonObject DomesticConsent() => (JsonObject)Rules.RequestBodyRuleCases.DomesticConsent.DeepClone();

    /// <summary>A fresh copy of the sweeping VRP consent (OBDomesticVRPConsentRequest) of the schema rule's cases.</summary>
    public static JsonObject VrpConsent() => (JsonObject)Rules.RequestBodyRuleCases.VrpConsent.DeepClone();

    /// <summary>The submission of <paramref name="consent"/>: its ConsentId, its Initiation and Risk as they are.</summary>
    public static JsonObject DomesticPayment(JsonObject consent, string consentId = ConsentId) => new()
    {
        ["Data"] = new JsonObject { ["ConsentId"] = consentId, ["Initiation"] = consent["Data"]!["Initiation"]!.DeepClone() },
        ["Risk"] = consent["Risk"]!.DeepClone(),
    };

    public static JsonObject Vrp(JsonObject consent, string consentId = VrpConsentId) => new()
    {
        ["Data"] = new JsonObject
        {
            ["ConsentId"] = consentId,
            ["PSUAuthenticationMethod"] = "UK.OBIE.SCANotRequired",
            ["VRPType"] = "UK.OBIE.VRPType.Sweeping",
            ["Initiation"] = consent["Data"]!["Initiation"]!.DeepClone(),
            ["Instruction"] = new JsonObject
            {
                ["InstructionIdentification"] = "SWEEP-1",
                ["EndToEndIdentification"] = "SWEEP-1",
                ["RemittanceInformation"] = new JsonObject { ["Reference"] = "Sweepco" },
                ["InstructedAmount"] = new JsonObject { ["Amount"] = "50.00", ["Currency"] = "GBP" },
                ["CreditorAccount"] = consent["Data"]!["Initiation"]!["CreditorAccount"]!.DeepClone(),
            },
        },
        ["Risk"] = consent["Risk"]!.DeepClone(),
    };

    /// <summary>A signed, idempotent POST of <paramref name="body"/> to <paramref name="path"/> under the PISP base path; the signature scrubbed unless given.</summary>
    public static RecordedRequest Post(string path, JsonObject body, string key, string? signature = null) =>
        PostJson($"{Pisp}{path}", body,
            [.. ResourceHeaders(), H("Content-Type", "application/json"), H("x-idempotency-key", key), H("x-jws-signature", signature ?? Scrubbed(SignatureHeader()))]);

    /// <summary>The bank's 201 for a consent: the id it gave, the request played back.</summary>
    public static RecordedResponse Created(string consentId, JsonObject request) =>
        Json(201, new JsonObject
        {
            ["Data"] = ((JsonObject)request["Data"]!.DeepClone()).With(d => { d["ConsentId"] = consentId; d["Status"] = "AwaitingAuthorisation"; }),
            ["Risk"] = request["Risk"]!.DeepClone(),
        });

    /// <summary>A domestic payment consent the bank created, then its submission.</summary>
    public static RecordedTraffic Domestic(JsonObject? payment = null, string key = "c7a1b7a0-3f2e-4d55-9a6c-1b2f4e8d9a10") =>
        Recording(
            Exchange(Post("/domestic-payment-consents", DomesticConsent(), "3b2f8a52-7c1e-4e0b-9d6a-1f2e3d4c5b6a"), Created(ConsentId, DomesticConsent())),
            Exchange(Post("/domestic-payments", payment ?? DomesticPayment(DomesticConsent()), key)));

    /// <summary>A domestic VRP consent the bank created, then a payment under it.</summary>
    public static RecordedTraffic DomesticVrp(JsonObject? payment = null) =>
        Recording(
            Exchange(Post("/domestic-vrp-consents", VrpConsent(), "9c1d7e3a-2b4f-4a6e-8d0c-5e7f9a1b3c2d"), Created(VrpConsentId, VrpConsent())),
            Exchange(Post("/domestic-vrps", payment ?? Vrp(VrpConsent()), "0d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f70")));

    /// <summary>One request in a recording with the run's key as its <c>client_jwks</c> (or none).</summary>
    public static RecordedTraffic WithKeys(RecordedRequest request, bool keys = true, string? apiVersion = null)
    {
        var traffic = Recording(Exchange(request));
        var metadata = new Dictionary<string, string>(traffic.Metadata, StringComparer.Ordinal);
        if (keys)
        {
            metadata["client_jwks"] = Jwks();
        }

        if (apiVersion is not null)
        {
            metadata["api_version"] = apiVersion;
        }

        return traffic with { Metadata = metadata };
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
