using System.Text;
using System.Text.Json;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Negative;

/// <summary>
/// The red team's cases (issue 13's report, defects 8–13): replays inside the clock skew, bodies too large or malformed
/// for the reader, JOSE headers the bank does not understand, times not yet valid, and transport certificates that are
/// not for client authentication or name their subject in another order.
/// </summary>
public partial class BadInputMatrixTests
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    /// <summary>Just over the 64 KiB the bank reads of any body.</summary>
    private const int TooLarge = 64 * 1024 + 1;

    private static IEnumerable<BadCase> Hardening() =>
        Replays().Concat(Bodies()).Concat(CriticalHeaders()).Concat(NotYetValid()).Concat(CertificateUsage());

    private static IEnumerable<BadCase> Replays()
    {
        yield return new("A client assertion replayed after its exp, within the clock skew", async c =>
        {
            var claims = c.AssertionClaims();
            claims["exp"] = c.Now.AddSeconds(30).ToUnixTimeSeconds();
            var assertion = c.Sign(claims);
            (await c.WithAssertion(assertion)).EnsureSuccessStatusCode();
            c.Bank.Time.Advance(TimeSpan.FromSeconds(50)); // exp + 20 s: the 60 s skew still accepts it
            (await TlsClientCredentials(c)).EnsureSuccessStatusCode(); // a grant sweeps what has expired
            c.Mark();
            return await c.WithAssertion(assertion);
        }, 401, "invalid_client", Because: "this jti was used before");
    }

    private static IEnumerable<BadCase> Bodies()
    {
        var padded = $$"""{"Data":{"Permissions":["ReadAccountsBasic"]},"Risk":{}{{new string(' ', TooLarge)}}}""";
        yield return new("A consent body over 64 KiB", async c =>
        {
            var token = await c.ClientToken();
            c.Mark();
            return await c.PostConsent(token, padded);
        }, 413, "UK.OBIE.Resource.InvalidFormat", Because: "more than 65536 bytes");
        yield return new("A token request over 64 KiB", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "client_credentials"), ("client_id", Tls), ("scope", "accounts"), ("padding", new string('x', TooLarge))));
        }, 413, "invalid_request", Because: "more than 65536 bytes");
        yield return new("A headless approval over 64 KiB", async c =>
        {
            var pending = await c.Pending();
            c.Mark();
            return await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass", [.. Enumerable.Repeat("1001", TooLarge / 6)]);
        }, 413, "invalid_request", Because: "more than 65536 bytes");
        yield return new("A consent body with invalid UTF-8 inside a string", async c =>
        {
            var token = await c.ClientToken();
            byte[] body = [.. """{"Data":{"Permissions":["ReadAccounts"""u8, 0xC3, 0x28, .. """Basic"]},"Risk":{}}"""u8];
            c.Mark();
            return await c.PostRaw("/open-banking/v3.1/aisp/account-access-consents", Raw(body, "application/json"), token);
        }, 400, "UK.OBIE.Resource.InvalidFormat", Because: "not valid UTF-8");

        foreach (var form in new[] { "/authorize/login", "/authorize/decision" })
        {
            var page = form[(form.LastIndexOf('/') + 1)..];
            yield return PsuForm($"A {page} form posted as multipart without a boundary", form,
                Raw("--x\r\nContent-Disposition: form-data; name=\"session\"\r\n\r\ns\r\n--x--\r\n"u8.ToArray(), "multipart/form-data"), 400, "boundary");
            yield return PsuForm($"A truncated multipart {page} form", form,
                Raw("--x\r\nContent-Disposition: form-data; name=\"session\"\r\n\r\nsess"u8.ToArray(), "multipart/form-data; boundary=x"), 400, "cannot be read");
            yield return PsuForm($"A {page} form with more than 1,024 fields", form,
                new FormUrlEncodedContent(Enumerable.Range(0, 1025).Select(i => KeyValuePair.Create($"f{i}", "v"))), 400, "cannot be read");
            yield return PsuForm($"A {page} form with a 3,000-character field name", form,
                new FormUrlEncodedContent([KeyValuePair.Create(new string('n', 3000), "v")]), 400, "cannot be read");
            yield return PsuForm($"A {page} form with a 5 MB field", form,
                new FormUrlEncodedContent([KeyValuePair.Create("username", new string('u', 5 * 1024 * 1024))]), 413, "more than 65536 bytes");
        }

        yield return RequestObject("A request object whose claims is a string", (_, claims) => claims["claims"] = "id_token") with { Because = "claims must be a JSON object" };
        yield return RequestObject("A request object whose claims is an array", (_, claims) => claims["claims"] = new[] { "id_token", "acr" }) with { Because = "claims must be a JSON object" };
    }

    /// <summary>A bad body posted to one of the PSU's form endpoints, after a session was opened for it.</summary>
    private static BadCase PsuForm(string name, string path, HttpContent content, int status, string because) =>
        new(name, async c =>
        {
            var pending = await c.Pending();
            using var page = await c.Http().GetAsync(pending.ConsentUrl.Url.PathAndQuery);
            page.EnsureSuccessStatusCode();
            c.Mark();
            return await c.PostRaw(path, content);
        }, status, "invalid_request", Because: because);

    private static IEnumerable<BadCase> CriticalHeaders()
    {
        static string Header(string crit, string extra = "") =>
            $$"""{"alg":"PS256","kid":"{{MockPki.TppSigningKid}}","typ":"JWT","crit":{{crit}}{{extra}}}""";

        (string Name, string Header)[] headers =
        [
            ("an extension it does not understand", Header("""["urn:evil:ext"]""", ""","urn:evil:ext":true""")),
            ("exp", Header("""["exp"]""", ""","exp":4102444800""")),
            ("b64 (RFC 7797)", Header("""["b64"]""", ""","b64":true""")),
            ("an empty list", Header("[]")),
            ("a registered header parameter", Header("""["alg"]""")),
        ];
        foreach (var (what, header) in headers)
        {
            yield return Assertion($"Client assertion whose crit names {what}", c => c.SignWithHeader(header, c.AssertionClaims())) with { Because = "crit" };
        }

        foreach (var (what, header) in headers.Take(3))
        {
            yield return new($"A request object whose crit names {what}", async c =>
            {
                var pending = await c.Pending();
                var url = ConsentUrl(c.SignWithHeader(header, c.RequestObjectClaims(pending.ConsentId)));
                c.Mark();
                return await c.Headless(url, "amelia", "amelia-pass");
            }, 400, "invalid_request_object", Because: "crit");
        }
    }

    private static IEnumerable<BadCase> NotYetValid()
    {
        yield return Assertion("Client assertion not valid before ten minutes from now",
            c => Changed(c, claims => claims["nbf"] = c.Now.AddMinutes(10).ToUnixTimeSeconds())) with { Because = "nbf" };
    }

    private static IEnumerable<BadCase> CertificateUsage()
    {
        yield return new("tls_client_auth over a certificate for server authentication only", c =>
        {
            c.Certificate = c.TrustedCertificateFor(MockPki.TppTransportSubject, ServerAuth);
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client", Because: "clientAuth");
        yield return new("tls_client_auth over a certificate naming the registered subject in reverse order", c =>
        {
            // The same attributes, the RDN sequence the other way round: RFC 4517 distinguishedNameMatch compares in order.
            c.Certificate = c.TrustedCertificateFor("C=GB, O=OpenBanking.Fx Demo TPP, OU=0015800001041RHAAY, CN=obfx-demo-tpp", ClientAuth);
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client", Because: "is not the DN registered for this client");
    }
}
