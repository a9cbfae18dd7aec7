using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Specs;
using OpenBanking.Core.Consents;

namespace MockAspsp.Tests.Behaviour;

/// <summary>Reads with an authorised consent: a fresh bank, a consent with the given permissions, and its access token.</summary>
internal static class Consented
{
    /// <summary>A bank and the token of amelia's consent to <paramref name="permissions"/> over all her accounts.</summary>
    public static Task<(BadRequestContext Context, string Token)> Consent(params string[] permissions) =>
        Consent(new AccountAccessConsentRequest(permissions));

    /// <summary>A bank and the token of <paramref name="consent"/>, authorised by <paramref name="psu"/> over <paramref name="accounts"/> (all of theirs when null).</summary>
    public static async Task<(BadRequestContext Context, string Token)> Consent(AccountAccessConsentRequest consent, string psu = "amelia", IReadOnlyList<string>? accounts = null)
    {
        var context = new BadRequestContext(await TestBank.StartAsync());
        var (_, grant) = await context.Authorised(psu, consent, accounts);
        return (context, grant.AccessToken);
    }

    /// <summary>GET <paramref name="path"/> (under the AIS base path): a 200 whose body conforms to <paramref name="schema"/>, parsed.</summary>
    public static async Task<JsonElement> Json(BadRequestContext context, string path, string token, string? schema = null)
    {
        using var response = await context.Get(path, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body);
        if (schema is not null)
        {
            AssertConforms(schema, body);
        }

        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>
    /// <paramref name="body"/> breaks nothing in the spec's <paramref name="schema"/> (our conformance schemas of v3.1.11)
    /// and has no member the spec leaves out.
    /// </summary>
    public static void AssertConforms(string schema, string body)
    {
        var json = JsonNode.Parse(body);
        var schemas = SpecDocuments.AccountInformation.Schemas;
        var findings = schemas.Validate(schema, json, "$").Concat(schemas.UnknownMembers(schema, json, "$"));
        Assert.That(findings.Select(f => $"{f.Path}: {f.Detail}"), Is.Empty, $"{schema}: {body}");
    }
}
