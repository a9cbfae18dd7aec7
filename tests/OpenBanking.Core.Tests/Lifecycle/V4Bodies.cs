namespace OpenBanking.Core.Tests.Lifecycle;

/// <summary>Response bodies shaped as a v3.1.11 bank and a v4.0 bank send them (written for these tests; fictional values).</summary>
internal static class V4Bodies
{
    public const string ConsentId = "urn-alphabank-intent-88379";

    /// <summary>An OBReadConsentResponse1 with <paramref name="status"/> (a v3.1.11 name or a v4.0 code) and v4.0's extra StatusReason.</summary>
    public static string Consent(string status, string expiration = "2027-08-02T00:00:00+00:00") => $$"""
        {
          "Data": {
            "ConsentId": "{{ConsentId}}",
            "Status": "{{status}}",
            "StatusReason": [{"StatusReasonCode": "U028", "StatusReasonDescription": "as the bank put it"}],
            "StatusUpdateDateTime": "2026-05-02T00:00:00+00:00",
            "CreationDateTime": "2026-05-02T00:00:00+00:00",
            "Permissions": ["ReadAccountsDetail", "ReadBalances"],
            "ExpirationDateTime": "{{expiration}}"
          },
          "Risk": {},
          "Links": {"Self": "https://rs.aspsp.example.com/open-banking/v4.0/aisp/account-access-consents/{{ConsentId}}"},
          "Meta": {"TotalPages": 1}
        }
        """;

    /// <summary>An OBErrorResponse1 with one detail of <paramref name="errorCode"/>.</summary>
    public static string Error(string code, string errorCode, string path = "Data.Permissions") => $$"""
        {"Code": "{{code}}", "Id": "err-1", "Message": "the request was refused",
         "Errors": [{"ErrorCode": "{{errorCode}}", "Message": "see path", "Path": "{{path}}"}]}
        """;
}
