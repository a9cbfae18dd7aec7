using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>
/// Cases for the request body rule, in families no rule was written for: a spec-valid payment, VRP and funds-confirmation
/// body each, broken one way at a time. Only the schema source (the OpenAPI documents) knows what they must be.
/// </summary>
public static class RequestBodyRuleCases
{
    private const string Pisp = "https://rs.bank.example/open-banking/v3.1/pisp";
    private const string Cbpii = "https://rs.bank.example/open-banking/v3.1/cbpii";

    /// <summary>OBWriteDomesticConsent4, as the Payment Initiation API's example has it.</summary>
    public static readonly JsonObject DomesticConsent = JsonNode.Parse("""
        {
          "Data": {
            "Initiation": {
              "InstructionIdentification": "ACME412",
              "EndToEndIdentification": "FRESCO.21302.GFX.20",
              "InstructedAmount": { "Amount": "165.88", "Currency": "GBP" },
              "CreditorAccount": { "SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "08080021325698", "Name": "ACME Inc" },
              "RemittanceInformation": { "Reference": "FRESCO-101", "Unstructured": "Internal ops code 5120101" }
            }
          },
          "Risk": { "PaymentContextCode": "EcommerceGoods" }
        }
        """)!.AsObject();

    /// <summary>OBDomesticVRPConsentRequest: a sweeping consent with its control parameters.</summary>
    public static readonly JsonObject VrpConsent = JsonNode.Parse("""
        {
          "Data": {
            "ControlParameters": {
              "VRPType": ["UK.OBIE.VRPType.Sweeping"],
              "PSUAuthenticationMethods": ["UK.OBIE.SCANotRequired"],
              "ValidFromDateTime": "2026-12-01T00:00:00+00:00",
              "MaximumIndividualAmount": { "Amount": "250.00", "Currency": "GBP" },
              "PeriodicLimits": [{ "Amount": "1000.00", "Currency": "GBP", "PeriodType": "Month", "PeriodAlignment": "Calendar" }]
            },
            "Initiation": {
              "CreditorAccount": { "SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "30949330000010", "Name": "Marcus Sweepimus" }
            }
          },
          "Risk": { "PaymentContextCode": "PartyToParty" }
        }
        """)!.AsObject();

    /// <summary>OBFundsConfirmation1.</summary>
    public static readonly JsonObject FundsConfirmation = JsonNode.Parse("""
        { "Data": { "ConsentId": "88379", "Reference": "Purchase01", "InstructedAmount": { "Amount": "20.00", "Currency": "USD" } } }
        """)!.AsObject();

    private static RuleCase Case(string name, string url, JsonObject body, Action<JsonObject> change, string path) =>
        new("TPP-SCH-001", name, Recording(Exchange(PostJson(url, body))), Recording(Exchange(PostJson(url, body.With(change)))), path);

    public static IEnumerable<RuleCase> Cases =>
    [
        Case("a payment consent's amount with six decimals", $"{Pisp}/domestic-payment-consents", DomesticConsent,
            b => b["Data"]!["Initiation"]!["InstructedAmount"]!["Amount"] = "165.880001", "$.request.body.Data.Initiation.InstructedAmount.Amount"),
        Case("a payment consent without its creditor account", $"{Pisp}/domestic-payment-consents", DomesticConsent,
            b => b["Data"]!["Initiation"]!.AsObject().Remove("CreditorAccount"), "$.request.body.Data.Initiation.CreditorAccount"),
        Case("a payment consent with a member OBWriteDomesticConsent4 does not have", $"{Pisp}/domestic-payment-consents", DomesticConsent,
            b => b["Meta"] = new JsonObject(), "$.request.body.Meta"),
        Case("a VRP consent without ControlParameters", $"{Pisp}/domestic-vrp-consents", VrpConsent,
            b => b["Data"]!.AsObject().Remove("ControlParameters"), "$.request.body.Data.ControlParameters"),
        Case("a VRP consent with a period type the spec does not have", $"{Pisp}/domestic-vrp-consents", VrpConsent,
            b => b["Data"]!["ControlParameters"]!["PeriodicLimits"]![0]!["PeriodType"] = "Quarter", "$.request.body.Data.ControlParameters.PeriodicLimits[0].PeriodType"),
        Case("a funds confirmation in lower-case currency", $"{Cbpii}/funds-confirmations", FundsConfirmation,
            b => b["Data"]!["InstructedAmount"]!["Currency"] = "usd", "$.request.body.Data.InstructedAmount.Currency"),
        new("TPP-SCH-001", "a payment consent sent as a form",
            Recording(Exchange(PostJson($"{Pisp}/domestic-payment-consents", DomesticConsent))),
            Recording(Exchange(PostJson($"{Pisp}/domestic-payment-consents", DomesticConsent) with { Body = new RecordedBody.Text("Amount=165.88") })),
            "$.request.body"),
    ];
}
