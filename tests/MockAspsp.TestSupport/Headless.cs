using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Http;

namespace MockAspsp.TestSupport;

/// <summary>The headless PSU approval as a request description, so it goes through (and is recorded by) the same interpreter.</summary>
public static class Headless
{
    /// <summary>The PSU logins of the seeded customers.</summary>
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["amelia"] = "amelia-pass",
        ["oliver"] = "oliver-pass",
        ["northwind"] = "northwind-pass",
    };

    /// <summary>POST /authorize/headless for <paramref name="consentUrl"/>.</summary>
    public static HttpRequestSpec Approval(Uri consentUrl, string username, string? password = null, IReadOnlyList<string>? accounts = null, bool approve = true)
    {
        var body = new JsonObject
        {
            ["consent_url"] = consentUrl.AbsoluteUri,
            ["username"] = username,
            ["password"] = password ?? Passwords[username],
            ["approve"] = approve,
        };
        if (accounts is not null)
        {
            body["accounts"] = new JsonArray([.. accounts.Select(a => (JsonNode)JsonValue.Create(a))]);
        }

        // The headless endpoint lives beside the authorisation endpoint the consent URL points at.
        return new HttpRequestSpec("headless approval", HttpMethod.Post, new Uri(consentUrl, "/authorize/headless"),
            [KeyValuePair.Create("Accept", "application/json")], new RequestBody.Json(body.ToJsonString()));
    }

    /// <summary>The redirect URL out of a headless approval's answer.</summary>
    public static string RedirectUrl(HttpResponseSpec response) =>
        JsonDocument.Parse(response.Body).RootElement.GetProperty("redirect_url").GetString()!;
}
