using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>Cases for the consent request rules: a well-formed OBReadConsent1, broken one way at a time.</summary>
public static class ConsentRuleCases
{
    private static readonly JsonObject Body = JsonNode.Parse("""
        {
          "Data": {
            "Permissions": ["ReadAccountsDetail", "ReadBalances", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits"],
            "ExpirationDateTime": "2027-02-21T12:00:00+00:00",
            "TransactionFromDateTime": "2025-11-23T12:00:00+00:00",
            "TransactionToDateTime": "2026-11-23T12:00:00+00:00"
          },
          "Risk": {}
        }
        """)!.AsObject();

    private static RecordedRequest Post(JsonNode body) => PostJson($"{Aisp}/account-access-consents", body);

    private static RuleCase Case(string id, string name, Action<JsonObject> change, string path) =>
        new(id, name, Recording(Exchange(Post(Body))), Recording(Exchange(Post(Body.With(change)))), path);

    private static void Permissions(JsonObject body, params string[] codes) => body["Data"]!["Permissions"] = new JsonArray([.. codes.Select(c => (JsonNode)c)]);

    public static IEnumerable<RuleCase> Cases =>
    [
        Case("TPP-CON-001", "no Risk", b => b.Remove("Risk"), "$.request.body.Risk"),
        Case("TPP-CON-001", "a member in Risk, which is empty for account access", b => b["Risk"]!["PaymentContextCode"] = "EcommerceGoods", "$.request.body.Risk.PaymentContextCode"),
        Case("TPP-CON-001", "empty permissions", b => Permissions(b), "$.request.body.Data.Permissions"),
        Case("TPP-CON-001", "a member OBReadConsent1 does not have", b => b["Meta"] = new JsonObject(), "$.request.body.Meta"),
        Case("TPP-CON-002", "a v4-style permission name", b => Permissions(b, "ReadAccountsDetail", "ReadTransactions"), "$.request.body.Data.Permissions[1]"),
        Case("TPP-CON-002", "a null permission", b => b["Data"]!["Permissions"] = new JsonArray("ReadAccountsDetail", null), "$.request.body.Data.Permissions[1]"),
        Case("TPP-CON-003", "transactions without a direction", b => Permissions(b, "ReadAccountsDetail", "ReadTransactionsDetail"), "$.request.body.Data.Permissions"),
        Case("TPP-CON-003", "credits without basic or detail", b => Permissions(b, "ReadAccountsDetail", "ReadTransactionsCredits"), "$.request.body.Data.Permissions"),
        Case("TPP-CON-004", "a date without a time zone", b => b["Data"]!["ExpirationDateTime"] = "2027-02-21T12:00:00", "$.request.body.Data.ExpirationDateTime"),
        // The schema's format date-time (RFC 3339) and this rule are one definition: a date the schema refuses is reported here.
        Case("TPP-CON-004", "a date with a space for its T", b => b["Data"]!["TransactionFromDateTime"] = "2025-11-23 12:00:00+00:00", "$.request.body.Data.TransactionFromDateTime"),
        Case("TPP-CON-004", "a date only", b => b["Data"]!["TransactionFromDateTime"] = "2025-11-23", "$.request.body.Data.TransactionFromDateTime"),
        Case("TPP-CON-005", "the window backwards", b => b["Data"]!["TransactionFromDateTime"] = "2026-12-01T00:00:00+00:00", "$.request.body.Data.TransactionFromDateTime"),
        Case("TPP-CON-005", "already expired", b => b["Data"]!["ExpirationDateTime"] = "2026-11-01T00:00:00+00:00", "$.request.body.Data.ExpirationDateTime"),
        Case("TPP-CON-006", "a permission twice (accepted by a bank, but a slip)", b => Permissions(b, "ReadAccountsDetail", "ReadBalances", "ReadBalances"), "$.request.body.Data.Permissions[2]"),
        Case("TPP-CON-006", "no ReadAccounts* permission (accepted by a bank, but GET /accounts is refused)", b => Permissions(b, "ReadBalances"), "$.request.body.Data.Permissions"),
    ];
}
