using LanguageExt;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Flows;

/// <summary>
/// A scripted bank for flow tests: answers the token endpoint, consents, JWKS, discovery, accounts
/// and three pages of transactions the way the spec's examples do. No server, no I/O.
/// </summary>
internal static class FakeBank
{
    public const string ConsentId = "urn-alphabank-intent-88379";
    public const string Code = "code-from-the-bank";

    public static Either<OpenBankingError, HttpResponseSpec> Answer(HttpRequestSpec request, string? tokenIdToken = null)
    {
        var path = request.Uri.AbsolutePath;
        var form = request.Body as RequestBody.Form;
        return (request.Method.Method, path) switch
        {
            ("POST", "/token") when form?["grant_type"] == "client_credentials" =>
                ScriptedBank.Json(200, """{"access_token":"client-access-token","token_type":"Bearer","expires_in":3600}"""),
            ("POST", "/token") when form?["grant_type"] == "authorization_code" && form["code"] == Code =>
                ScriptedBank.Json(200, $$"""{"access_token":"user-access-token","token_type":"Bearer","expires_in":300,"refresh_token":"user-refresh-token"{{(tokenIdToken is null ? "" : $",\"id_token\":\"{tokenIdToken}\"")}}}"""),
            ("POST", "/token") =>
                ScriptedBank.Json(400, """{"error":"invalid_grant","error_description":"code unknown or used"}"""),
            ("POST", "/open-banking/v3.1/aisp/account-access-consents") =>
                ScriptedBank.Json(201, $$$"""{"Data":{"ConsentId":"{{{ConsentId}}}","Status":"AwaitingAuthorisation","CreationDateTime":"2026-11-23T12:00:00+00:00","StatusUpdateDateTime":"2026-11-23T12:00:00+00:00","Permissions":["ReadAccountsDetail","ReadBalances","ReadTransactionsDetail","ReadTransactionsCredits","ReadTransactionsDebits"]},"Risk":{},"Links":{"Self":"x"},"Meta":{}}"""),
            ("GET", "/jwks") => ScriptedBank.Json(200, TestKeys.BankJwks.ToJson()),
            ("GET", "/.well-known/openid-configuration") =>
                ScriptedBank.Json(200, """{"issuer":"https://aspsp.example.com","authorization_endpoint":"https://aspsp.example.com/auth","token_endpoint":"https://aspsp.example.com/token","jwks_uri":"https://aspsp.example.com/jwks"}"""),
            ("GET", "/open-banking/v3.1/aisp/accounts") =>
                ScriptedBank.Json(200, """{"Data":{"Account":[{"AccountId":"22289","Currency":"GBP","Nickname":"Bills"}]},"Links":{"Self":"x"},"Meta":{"TotalPages":1}}"""),
            ("GET", "/open-banking/v3.1/aisp/balances") =>
                ScriptedBank.Json(200, """{"Data":{"Balance":[{"AccountId":"22289","Amount":{"Amount":"1230.00","Currency":"GBP"},"CreditDebitIndicator":"Credit","Type":"InterimAvailable","DateTime":"2026-11-23T10:43:07+00:00"}]},"Links":{"Self":"x"}}"""),
            ("GET", "/open-banking/v3.1/aisp/transactions") => TransactionPage(request.Uri.Query),
            _ => ScriptedBank.Json(404, "<html>not found</html>"),
        };
    }

    /// <summary>Page 1 links absolutely to page 2, which links relatively to page 3, the last.</summary>
    private static HttpResponseSpec TransactionPage(string query)
    {
        var page = query.Contains("page=3", StringComparison.Ordinal) ? 3 : query.Contains("page=2", StringComparison.Ordinal) ? 2 : 1;
        var next = page switch
        {
            1 => "\"Next\":\"https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=2\",",
            2 => "\"Next\":\"/open-banking/v3.1/aisp/transactions?page=3\",",
            _ => "",
        };
        return ScriptedBank.Json(200, $$$"""
            {"Data":{"Transaction":[
              {"AccountId":"22289","TransactionId":"p{{{page}}}-1","Amount":{"Amount":"{{{page}}}.00","Currency":"GBP"},"CreditDebitIndicator":"Debit","Status":"Booked","BookingDateTime":"2026-11-0{{{page}}}T10:00:00+00:00"},
              {"AccountId":"22289","TransactionId":"p{{{page}}}-2","Amount":{"Amount":"{{{page}}}0.00","Currency":"GBP"},"CreditDebitIndicator":"Credit","Status":"Booked","BookingDateTime":"2026-11-0{{{page}}}T11:00:00+00:00"}]},
             "Links":{{{{next}}}"Self":"https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page={{{page}}}"},"Meta":{"TotalPages":3}}
            """);
    }

    /// <summary>The id_token claims the bank puts in the hybrid-flow redirect for a consent URL.</summary>
    public static Dictionary<string, object> IdTokenClaims(ConsentUrl sent, DateTimeOffset now, string code = Code) => new()
    {
        ["iss"] = TestConfig.Issuer,
        ["aud"] = TestConfig.ClientId,
        ["sub"] = sent.ConsentId,
        ["openbanking_intent_id"] = sent.ConsentId,
        ["acr"] = "urn:openbanking:psd2:sca",
        ["nonce"] = sent.Nonce,
        ["iat"] = now.ToUnixTimeSeconds(),
        ["auth_time"] = now.AddSeconds(-20).ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(),
        ["c_hash"] = IdTokenValidator.LeftHalfHash(code, "PS256"),
        ["s_hash"] = IdTokenValidator.LeftHalfHash(sent.State, "PS256"),
    };

    /// <summary>The URL the PSU's browser lands on after approving at the bank.</summary>
    public static string Redirect(ConsentUrl sent, DateTimeOffset now, Action<Dictionary<string, object>>? change = null, string? state = null)
    {
        var claims = IdTokenClaims(sent, now);
        change?.Invoke(claims);
        var idToken = Jwt.Sign(claims, TestKeys.BankRsa, TestKeys.BankKid);
        return $"{TestConfig.RedirectUrl}#code={Code}&state={Uri.EscapeDataString(state ?? sent.State)}&id_token={idToken}";
    }
}
