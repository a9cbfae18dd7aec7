using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Hosting;
using MockAspsp.Tests.Negative;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Specs;
using OpenBanking.Core.Http;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Pisp;

/// <summary>
/// A TPP initiating payments against a fresh in-memory bank by hand — raw HTTP, requests signed with <see cref="TestJws"/>
/// — as the tls_client_auth demo client: client token, consent, the PSU's headless approval with scope
/// <c>openid payments</c>, the code exchange, submission and reads. Every step can be bent by a test.
/// </summary>
public sealed class PaymentSession(BadRequestContext context) : IAsyncDisposable
{
    public const string Base = "/open-banking/v3.1/pisp";
    public const string Client = Tls;

    private int _keys;

    public BadRequestContext Context { get; } = context;

    public TestBank Bank => Context.Bank;

    /// <summary>The iss a demo client's signatures carry.</summary>
    public static string Issuer => $"{ClientDirectory.DemoOrgId}/{Client}";

    public static async Task<PaymentSession> StartAsync(Func<MockAspspOptions, MockAspspOptions>? options = null) =>
        new(new BadRequestContext(await TestBank.StartAsync(options)));

    /// <summary>A fresh x-idempotency-key.</summary>
    public string NewKey() => $"key-{Interlocked.Increment(ref _keys):D4}";

    /// <summary>The header a well-behaved client signs with, at the bank's time.</summary>
    public JsonObject Header(bool b64False = false) => TestJws.Header(MockPki.TppSigningKid, Issuer, Bank.Time.GetUtcNow(), b64False);

    /// <summary>A detached signature over <paramref name="body"/> with the demo TPP's key.</summary>
    public string Sign(byte[] body, JsonObject? header = null, bool unencoded = false) =>
        TestJws.Sign(Bank.Bank.Pki.TppSigningKey, header ?? Header(unencoded), body, unencoded);

    /// <summary>A client credentials token with <paramref name="scope"/>.</summary>
    public async Task<string> ClientToken(string scope = "payments")
    {
        using var response = await Context.Token(Fields(("grant_type", "client_credentials"), ("client_id", Client), ("scope", scope)));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// POST <paramref name="path"/> (under the PIS base path) with <paramref name="body"/>, a fresh key and a good signature
    /// unless the test says otherwise (<paramref name="key"/>/<paramref name="signature"/>: "" to leave the header out).
    /// </summary>
    public async Task<HttpResponseMessage> Post(string path, string? token, string body, string? key = null, string? signature = null,
        string contentType = "application/json", Action<HttpRequestMessage>? change = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}{path}") { Content = Raw(bytes, contentType) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        key ??= NewKey();
        if (key.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("x-idempotency-key", key);
        }

        signature ??= Sign(bytes);
        if (signature.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("x-jws-signature", signature);
        }

        change?.Invoke(request);
        return await Context.Http().SendAsync(request);
    }

    /// <summary>POST raw <paramref name="bytes"/> (a payment file) to <paramref name="path"/>, signed and keyed like any payment POST.</summary>
    public async Task<HttpResponseMessage> PostBytes(string path, string token, byte[] bytes, string contentType, string? key = null, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}{path}") { Content = Raw(bytes, contentType) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("x-idempotency-key", key ?? NewKey());
        request.Headers.TryAddWithoutValidation("x-jws-signature", signature ?? Sign(bytes));
        return await Context.Http().SendAsync(request);
    }

    /// <summary>GET <paramref name="path"/> under the PIS base path.</summary>
    public async Task<HttpResponseMessage> Get(string path, string? token, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}{path}");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        change?.Invoke(request);
        return await Context.Http().SendAsync(request);
    }

    /// <summary>Creates a consent from <paramref name="body"/>; its id.</summary>
    public async Task<string> Consent(string consentPath, JsonObject body, string? token = null)
    {
        using var response = await Post($"/{consentPath}", token ?? await ClientToken(), body.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonDocument.Parse(text).RootElement.GetProperty("Data").GetProperty("ConsentId").GetString()!;
    }

    /// <summary>The consent URL for <paramref name="consentId"/>, its request object asking for <paramref name="scope"/>.</summary>
    public string ConsentUrl(string consentId, string scope = "openid payments")
    {
        var claims = Context.RequestObjectClaims(consentId, Client);
        claims["scope"] = scope;
        return BadRequestContext.ConsentUrl(Context.Sign(claims), Client);
    }

    /// <summary>The PSU's headless approval of <paramref name="consentId"/>; the raw answer.</summary>
    public Task<HttpResponseMessage> Approve(string consentId, string psu = "amelia", IReadOnlyList<string?>? accounts = null) =>
        Context.Headless(ConsentUrl(consentId), psu, Headless.Passwords[psu], accounts);

    /// <summary>Approves <paramref name="consentId"/> and exchanges the code: the PSU's access token for it.</summary>
    public async Task<string> Authorise(string consentId, string psu = "amelia", IReadOnlyList<string?>? accounts = null)
    {
        using var approval = await Approve(consentId, psu, accounts);
        var answer = await approval.Content.ReadAsStringAsync();
        Assert.That((int)approval.StatusCode, Is.EqualTo(200), answer);
        var redirect = JsonDocument.Parse(answer).RootElement.GetProperty("redirect_url").GetString()!;
        var code = FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).First(p => p.Key == "code").Value;
        using var token = await Context.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect), ("client_id", Client)));
        var tokens = await token.Content.ReadAsStringAsync();
        Assert.That((int)token.StatusCode, Is.EqualTo(200), tokens);
        return JsonDocument.Parse(tokens).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>The submission a well-behaved TPP makes for a consent made from <paramref name="consentBody"/>.</summary>
    public static JsonObject Submission(string consentId, JsonObject consentBody)
    {
        var initiation = consentBody["Data"]!["Initiation"]!.DeepClone();
        var submission = new JsonObject { ["Data"] = new JsonObject { ["ConsentId"] = consentId, ["Initiation"] = initiation } };
        if (consentBody["Risk"] is { } risk)
        {
            submission["Risk"] = risk.DeepClone();
        }

        return submission;
    }

    /// <summary>A consent made, authorised and submitted: its id, the PSU's token and the submission's answer.</summary>
    public async Task<(string ConsentId, string Token, HttpResponseMessage Response)> Pay(string consentPath, string paymentPath, JsonObject body, string psu = "amelia")
    {
        var consentId = await Consent(consentPath, body);
        var token = await Authorise(consentId, psu);
        return (consentId, token, await Post($"/{paymentPath}", token, Submission(consentId, body).ToJsonString()));
    }

    /// <summary><paramref name="body"/> conforms to the Payment Initiation spec's <paramref name="schema"/>, with no member it leaves out.</summary>
    public static void AssertConforms(string schema, string body)
    {
        var json = JsonNode.Parse(body);
        var schemas = SpecDocuments.PaymentInitiation.Schemas;
        var findings = schemas.Validate(schema, json, "$").Concat(schemas.UnknownMembers(schema, json, "$"));
        Assert.That(findings.Select(f => $"{f.Path}: {f.Detail}"), Is.Empty, $"{schema}: {body}");
    }

    /// <summary>The first error's code and path of an OBErrorResponse1.</summary>
    public static (string? Code, string? Path) Error(string body)
    {
        try
        {
            var error = JsonDocument.Parse(body).RootElement.GetProperty("Errors")[0];
            return (error.GetProperty("ErrorCode").GetString(), error.TryGetProperty("Path", out var path) ? path.GetString() : null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
