using OpenBanking.Core.Consents;
using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.DevTools.Certificates;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.Negative;

/// <summary>
/// What a bad-input case needs: a fresh in-memory bank, ways to get it into the state the case starts from, and
/// raw HTTP to send what no well-behaved client would. <see cref="Mark"/> records the state just before the bad
/// request, so the test can prove the request changed nothing.
/// </summary>
public sealed class BadRequestContext(TestBank bank) : IAsyncDisposable
{
    public const string PrivateKeyJwt = "obfx-demo-private-key-jwt";
    public const string Basic = "obfx-demo-client-secret-basic";
    public const string Post = "obfx-demo-client-secret-post";
    public const string Tls = "obfx-demo-tls-client-auth";
    public const string Redirect = DemoConfigs.RedirectUri;

    private BankState? _marked;

    public TestBank Bank { get; } = bank;

    public static string Issuer => TestBank.Issuer;

    public DateTimeOffset Now => Bank.Time.GetUtcNow();

    /// <summary>The state the bad request must leave alone.</summary>
    public BankState Marked => _marked ?? throw new InvalidOperationException("The case never marked the state.");

    /// <summary>The demo TPP's signing key (registered for every demo client).</summary>
    public SigningKey TppKey { get; } = SigningKey.FromPem(bank.Bank.Pki.TppSigningKeyPem(), "PS256", MockPki.TppSigningKid)
        .Match(Right: k => k, Left: e => throw new InvalidOperationException(e));

    public void Mark() => _marked = Bank.State;

    /// <summary>The transport certificate requests go out with; the trusted demo one unless a case changes it (null: none).</summary>
    public X509Certificate2? Certificate { get; set; } = bank.Transport;

    public HttpClient Http() => Bank.Http(Certificate);

    /// <summary>A transport certificate issued by a CA the bank does not trust.</summary>
    public static X509Certificate2 StrangerCertificate()
    {
        using var ca = CertificateFactory.CreateCa("CN=Stranger CA", TestBank.Start.AddDays(-1), TimeSpan.FromDays(30));
        return CertificateFactory.IssueTransport(ca, MockPki.TppTransportSubject, TestBank.Start.AddDays(-1), TimeSpan.FromDays(10));
    }

    /// <summary>A transport certificate from the trusted CA, with another subject or validity.</summary>
    public X509Certificate2 TrustedCertificate(string subject, DateTimeOffset? notBefore = null, TimeSpan? validity = null)
    {
        using var ca = X509Certificate2.CreateFromPemFile(Bank.Bank.Pki.PathOf("tpp-ca.pem"), Bank.Bank.Pki.PathOf("tpp-ca.key"));
        return CertificateFactory.IssueTransport(ca, subject, notBefore ?? TestBank.Start.AddDays(-1), validity ?? TimeSpan.FromDays(10));
    }

    /// <summary>
    /// A transport certificate from the trusted CA whose extended key usages are exactly <paramref name="usages"/> (given
    /// by OID), for the EKU checks.
    /// </summary>
    public X509Certificate2 TrustedCertificateFor(string subject, params string[] usages)
    {
        using var ca = X509Certificate2.CreateFromPemFile(Bank.Bank.Pki.PathOf("tpp-ca.pem"), Bank.Bank.Pki.PathOf("tpp-ca.key"));
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([.. usages.Select(u => new Oid(u))], false));
        using var issued = request.Create(ca, TestBank.Start.AddDays(-1), TestBank.Start.AddDays(10), RandomNumberGenerator.GetBytes(16));
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>POST /token with <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> Token(IEnumerable<KeyValuePair<string, string>> fields, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/token") { Content = new FormUrlEncodedContent(fields) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Http().SendAsync(request);
    }

    /// <summary>Form fields.</summary>
    public static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        [.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))];

    /// <summary>Basic credentials the right way (form-encoded, standard base64).</summary>
    public static string BasicAuth(string id, string secret) => "Basic " + OpenBanking.Core.OAuth.TokenRequests.BasicCredentials(id, secret);

    /// <summary>The claims of a valid client assertion, to be changed by a case.</summary>
    public Dictionary<string, object> AssertionClaims(string clientId = PrivateKeyJwt) => new()
    {
        ["iss"] = clientId,
        ["sub"] = clientId,
        ["aud"] = $"{Issuer}/token",
        ["jti"] = Guid.NewGuid().ToString(),
        ["iat"] = Now.ToUnixTimeSeconds(),
        ["exp"] = Now.AddMinutes(5).ToUnixTimeSeconds(),
    };

    /// <summary>Signs <paramref name="claims"/> as a compact JWS.</summary>
    public string Sign(Dictionary<string, object> claims, SigningKey? key = null) =>
        CompactJws.Sign(key ?? TppKey, writer =>
        {
            foreach (var (name, value) in claims)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value);
            }
        });

    /// <summary>
    /// Signs <paramref name="claims"/> under a JOSE header of the case's own making (PS256 with the demo TPP's key, whatever
    /// the header says), for headers no well-behaved signer writes, such as <c>crit</c>.
    /// </summary>
    public string SignWithHeader(string headerJson, Dictionary<string, object> claims)
    {
        var signingInput = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson))}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        var signature = Bank.Bank.Pki.TppSigningKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>A client credentials request authenticated with <paramref name="assertion"/>.</summary>
    public Task<HttpResponseMessage> WithAssertion(string assertion, params (string Name, string Value)[] extra) =>
        Token(Fields([("grant_type", "client_credentials"), ("scope", "accounts"),
            ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", assertion), .. extra]));

    /// <summary>A client credentials token for the tls_client_auth demo client.</summary>
    public async Task<string> ClientToken()
    {
        using var response = await Token(Fields(("grant_type", "client_credentials"), ("client_id", Tls), ("scope", "accounts")));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    // One id source for every client this context makes: a fresh sequential source would repeat jtis, which the bank refuses.
    private readonly IdSource _ids = IdSource.Sequential();

    /// <summary>The library's client for a demo client over the in-memory bank.</summary>
    public AccountInformationClient Library(string clientId = PrivateKeyJwt) =>
        new(Bank.Config(clientId), Bank.Interpreter(Bank.Transport), Bank.Time, _ids);

    /// <summary>A consent awaiting authorisation, its consent URL and the client token that made it.</summary>
    public Task<PendingAuthorisation<AccountAccessConsent>> Pending(string clientId = PrivateKeyJwt) =>
        Library(clientId).BeginAccountAccess(FlowScript.Consent(Now)).Right();

    /// <summary>A consent approved by <paramref name="psu"/>, and its tokens.</summary>
    public async Task<(PendingAuthorisation<AccountAccessConsent> Pending, AuthorisationGrant Grant)> Authorised(
        string psu = "amelia", OpenBanking.Core.Consents.AccountAccessConsentRequest? consent = null, IReadOnlyList<string>? accounts = null)
    {
        var client = Library();
        var pending = await client.BeginAccountAccess(consent ?? FlowScript.Consent(Now)).Right();
        var redirect = await HeadlessRedirect(pending.ConsentUrl.Url, psu, accounts);
        var grant = await client.CompleteAccountAccess(pending, redirect).Right();
        return (pending, grant);
    }

    /// <summary>Approves headlessly and returns the redirect URL.</summary>
    public async Task<string> HeadlessRedirect(Uri consentUrl, string psu = "amelia", IReadOnlyList<string>? accounts = null)
    {
        using var response = await Headless(consentUrl.AbsoluteUri, psu, TestSupport.Headless.Passwords[psu], accounts);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("redirect_url").GetString()!;
    }

    /// <summary>POST /authorize/headless.</summary>
    public Task<HttpResponseMessage> Headless(string consentUrl, string username, string password, IReadOnlyList<string?>? accounts = null)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["consent_url"] = consentUrl, ["username"] = username, ["password"] = password, ["accounts"] = accounts });
        return Http().PostAsync("/authorize/headless", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>The claims of a valid request object for <paramref name="consentId"/>, to be changed by a case.</summary>
    public Dictionary<string, object> RequestObjectClaims(string consentId, string clientId = PrivateKeyJwt) => new()
    {
        ["iss"] = clientId,
        ["aud"] = Issuer,
        ["response_type"] = "code id_token",
        ["client_id"] = clientId,
        ["redirect_uri"] = Redirect,
        ["scope"] = "openid accounts",
        ["state"] = "state-0123456789abcdef",
        ["nonce"] = "nonce-0123456789abcdef",
        ["iat"] = Now.ToUnixTimeSeconds(),
        ["nbf"] = Now.ToUnixTimeSeconds(),
        ["exp"] = Now.AddMinutes(10).ToUnixTimeSeconds(),
        ["claims"] = new Dictionary<string, object>
        {
            ["id_token"] = new Dictionary<string, object>
            {
                ["openbanking_intent_id"] = new Dictionary<string, object> { ["value"] = consentId, ["essential"] = true },
                ["acr"] = new Dictionary<string, object> { ["essential"] = true, ["values"] = new[] { "urn:openbanking:psd2:sca" } },
            },
        },
    };

    /// <summary>A consent URL with <paramref name="requestObject"/> and query parameters that match its claims.</summary>
    public static string ConsentUrl(string? requestObject, string clientId = PrivateKeyJwt, string redirect = Redirect, string responseType = "code id_token")
    {
        var query = new List<KeyValuePair<string, string>>
        {
            KeyValuePair.Create("client_id", clientId),
            KeyValuePair.Create("response_type", responseType),
            KeyValuePair.Create("scope", "openid accounts"),
            KeyValuePair.Create("redirect_uri", redirect),
            KeyValuePair.Create("state", "state-0123456789abcdef"),
            KeyValuePair.Create("nonce", "nonce-0123456789abcdef"),
        };
        if (requestObject is not null)
        {
            query.Add(KeyValuePair.Create("request", requestObject));
        }

        return $"{Issuer}/authorize?{FormUrlEncoding.Encode(query)}";
    }

    /// <summary>GET a resource with a bearer token.</summary>
    public async Task<HttpResponseMessage> Get(string path, string? token, Action<HttpRequestHeaders>? headers = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, $"/open-banking/v3.1/aisp{path}");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        headers?.Invoke(request.Headers);
        return await Http().SendAsync(request);
    }

    /// <summary>POST account-access-consents with a raw body.</summary>
    public async Task<HttpResponseMessage> PostConsent(string token, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/open-banking/v3.1/aisp/account-access-consents")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http().SendAsync(request);
    }

    /// <summary>POST <paramref name="path"/> with <paramref name="content"/> as it is (no token, no checks).</summary>
    public async Task<HttpResponseMessage> PostRaw(string path, HttpContent content, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http().SendAsync(request);
    }

    /// <summary>Raw bytes as <paramref name="contentType"/> (given unchecked, so a malformed one goes out as it is).</summary>
    public static ByteArrayContent Raw(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>An RSA key the bank never saw.</summary>
    public static SigningKey StrangerKey() => SigningKey.FromRsa(RSA.Create(2048), "PS256", MockPki.TppSigningKid);

    public ValueTask DisposeAsync() => Bank.DisposeAsync();
}
