using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Jose;
using OpenBanking.TestSupport;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Negative;

/// <summary>
/// One bad input, the status and error code the bank must answer it with, (optionally) bank options it needs, and
/// (optionally) the words of the error description that only its check produces, when the case does not list them in
/// <see cref="BadInputMatrixTests"/>' table.
/// </summary>
public sealed record BadCase(
    string Name, Func<BadRequestContext, Task<HttpResponseMessage>> Act, int Status, string Code,
    Func<MockAspspOptions, MockAspspOptions>? Options = null, string? Because = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The bank's negative matrix: every check the mock makes, each fed a bad input. Each case asserts the status,
/// the error code (OAuth <c>error</c> or OBIE <c>ErrorCode</c>), that the response carries an x-fapi-interaction-id,
/// and that the bank's state is the very same object as before the request: nothing was lost or half-done.
/// </summary>
public partial class BadInputMatrixTests
{
    /// <summary>For each case, words of the error description that only the check it is about produces.</summary>
    private static readonly Dictionary<string, string> Because = new()
    {
        ["Token request without a client certificate"] = "no client certificate was presented",
        ["Token request with a certificate from an untrusted CA"] = "does not chain to a CA this bank trusts",
        ["Token request with an expired certificate"] = "valid 2026-11-22T12:00:00.0000000Z to 2026-11-23T00:00:00",
        ["Token request with a certificate not yet valid"] = "valid 2026-11-24T12:00:00",
        ["tls_client_auth with a trusted certificate of another subject"] = "is not the DN registered for this client",
        ["A private_key_jwt client over a trusted certificate of another subject"] = "is not the DN registered for this client",
        ["A token request as multipart/form-data"] = "must be application/x-www-form-urlencoded",
        ["A request object whose scope lacks accounts"] = "with the accounts scope",
        ["A request object without iss"] = "iss must be the client_id",
        ["A consent that expired before the PSU approved it"] = "expired at",
        ["A code for a consent that expired after approval"] = "no longer authorised, or has expired",
        ["response_type code without JARM"] = "'code' is not supported",
        ["A headless approval naming a null account"] = "an account id is null",
        ["An x-fapi-interaction-id without hyphens"] = "x-fapi-interaction-id must be",
        ["Accept: application/json;q=0"] = "only available as application/json",
        ["A fromBookingDateTime with trailing garbage"] = "fromBookingDateTime must be",
        ["A client credentials token without the accounts scope"] = "does not include accounts",
        ["A consent with a member in Risk"] = "Risk.MerchantCategoryCode is not a field",
        ["A consent date in a local format"] = "with a time zone",
        ["A consent sent as application/jsonpatch"] = "must be application/json",
        ["A token used over another certificate than it was issued to"] = "issued to another transport certificate",
        ["A resource request without a client certificate"] = "no client certificate was presented",
        ["Client assertion with alg none"] = "alg 'none' is never accepted",
        ["Client assertion with HS256 keyed with the client's public key"] = "alg 'HS256' is never accepted",
        ["Client assertion signed by a key the client never registered"] = "the signature does not verify",
        ["Client assertion with RS256, an algorithm the client did not register"] = "alg 'RS256' is not one the client registered",
        ["Client assertion whose iss is not the client"] = "iss and sub must both be the client_id",
        ["Client assertion whose sub is not the client"] = "iss and sub must both be the client_id",
        ["Client assertion for another audience"] = "aud must be the token endpoint",
        ["Client assertion that has expired"] = "the assertion expired",
        ["Client assertion valid for two hours"] = "is too far ahead",
        ["Client assertion issued in the future"] = "is in the future",
        ["Client assertion without a jti"] = "jti is missing",
        ["Client assertion replaying a jti"] = "this jti was used before",
        ["Client assertion with the wrong client_assertion_type"] = "client_assertion_type must be",
        ["Two client authentication methods at once"] = "more than one client authentication method",
        ["client_secret_basic with the wrong secret"] = "the client secret is wrong",
        ["client_secret_basic as the seed library sent it: URL-safe base64 of the raw secret"] = "not standard base64",
        ["A client_secret_post client authenticating with Basic"] = "registered for client_secret_post, not client_secret_basic",
        ["client_secret_post with the wrong secret"] = "the client secret is wrong",
        ["An unknown client"] = "unknown client_id",
        ["No client authentication at all"] = "no client authentication was presented",
        ["A private_key_jwt client sending a secret"] = "registered for private_key_jwt, not client_secret_post",
        ["Token request without grant_type"] = "grant_type is missing",
        ["The password grant"] = "'password' is not supported",
        ["Client credentials asking for openid"] = "scope 'openid' cannot be granted",
        ["Client credentials asking for an unregistered scope"] = "scope 'fundsconfirmations' cannot be granted",
        ["A token request that is not form-encoded"] = "must be application/x-www-form-urlencoded",
        ["A repeated token request parameter"] = "a parameter is repeated",
        ["A grant type the client may not use"] = "this client may not use refresh_token",
        ["An unknown authorisation code"] = "the code is unknown",
        ["An authorisation code without redirect_uri"] = "redirect_uri is missing",
        ["An authorisation code with another redirect_uri"] = "redirect_uri is not the one the code was issued for",
        ["An expired authorisation code"] = "the code has expired",
        ["An authorisation code of another client"] = "issued to another client",
        ["An unknown refresh token"] = "the refresh token is unknown",
        ["A refresh token of another client"] = "issued to another client",
        ["An authorisation request without a request object"] = "a signed request object",
        ["A request object with alg none"] = "alg 'none' is never accepted",
        ["A request object signed by a stranger's key"] = "the signature does not verify",
        ["A request object for another audience"] = "aud must be the issuer",
        ["A request object valid for more than 60 minutes"] = "exp − nbf is 65 minutes",
        ["A request object not valid before ten minutes from now"] = "is in the future",
        ["A request object that has expired"] = "exp is missing or in the past",
        ["A request object without nbf"] = "nbf is required",
        ["A request object for an unregistered redirect URI"] = "is not registered for this client",
        ["A redirect URI in the query that differs from the request object's"] = "redirect_uri in the request object differs from the query's",
        ["A request object without a nonce"] = "nonce is required",
        ["A request object with another client_id than the query"] = "client_id in the request object differs",
        ["A request object naming no consent"] = "openbanking_intent_id.value is required",
        ["A request object naming an unknown consent"] = "'aac-unknown' is not a consent of this client",
        ["A request object without acr as essential"] = "acr must be requested as essential",
        ["A request object whose scope lacks openid"] = "scope must include openid",
        ["A request object naming another client's consent"] = "is not a consent of this client",
        ["A consent URL used again after approval"] = "is Authorised, not AwaitingAuthorisation",
        ["response_type token"] = "'token' is not supported",
        ["The PSU's wrong password"] = "wrong password",
        ["An unknown PSU"] = "unknown user name",
        ["The PSU choosing someone else's account"] = "is not one of this customer's accounts",
        ["A headless approval that is not JSON"] = "must be application/json",
        ["A client credentials token on /accounts"] = "not a client credentials token",
        ["A consent's token creating a consent"] = "need the client credentials token",
        ["No Authorization header"] = "the Authorization header is required",
        ["An unknown access token"] = "unknown, expired or revoked",
        ["Basic credentials on a resource"] = "must be a Bearer token",
        ["An expired access token"] = "unknown, expired or revoked",
        ["The token of a deleted consent"] = "unknown, expired or revoked",
        ["The token of an expired consent"] = "the consent expired",
        ["Balances without ReadBalances"] = "does not grant ReadBalances",
        ["Transactions without a transactions permission"] = "does not grant ReadTransactionsBasic or ReadTransactionsDetail",
        ["Another customer's account"] = "'2001' is not one the consent covers",
        ["An account the PSU did not choose"] = "'1002' is not one the consent covers",
        ["An account the bank does not have"] = "there is no account '9999'",
        ["A malformed fromBookingDateTime"] = "fromBookingDateTime must be",
        ["Statements without a statements permission"] = "does not grant ReadStatementsBasic or ReadStatementsDetail",
        ["A statement file with only ReadStatementsBasic"] = "does not grant ReadStatementsDetail",
        ["Statement transactions without a transactions permission"] = "does not grant ReadTransactionsBasic or ReadTransactionsDetail",
        ["Offers without ReadOffers"] = "does not grant ReadOffers",
        ["Scheduled payments without a scheduled-payments permission"] = "does not grant ReadScheduledPaymentsBasic or ReadScheduledPaymentsDetail",
        ["A statement the account does not have"] = "account '1001' has no statement '1002-S202603'",
        ["Another customer's statements"] = "'2001' is not one the consent covers",
        ["A statement outside the consent's transaction period"] = "is not within the consent's transaction period",
        ["A malformed toStatementDateTime"] = "toStatementDateTime must be",
        ["A statement file asked for as JSON"] = "the statement file is available as application/pdf or text/csv",
        ["A statement file asked for as XML"] = "the statement file is available as application/pdf or text/csv",
        ["A statement resource the API does not have"] = "there is no resource at",
        ["A page past the last"] = "page must be a number from 1 to",
        ["An x-fapi-interaction-id that is not a UUID"] = "x-fapi-interaction-id must be",
        ["An x-fapi-auth-date that is not an RFC 7231 date"] = "x-fapi-auth-date must be",
        ["An x-fapi-customer-ip-address that is not an address"] = "x-fapi-customer-ip-address must be",
        ["Accept: application/xml"] = "only available as application/json",
        ["POST on /accounts"] = "POST is not allowed",
        ["A path the API does not have"] = "there is no resource at",
        ["A client over its rate limit"] = "more than 2 requests a second",
        ["A consent that is not JSON by content type"] = "must be application/json",
        ["A consent body that is not JSON"] = "not valid JSON",
        ["A consent without Data"] = "Data is required",
        ["A consent without Risk"] = "Risk is required",
        ["A consent with an unknown field in Data"] = "Data.Purpose is not a field",
        ["A consent with an unknown top-level field"] = "Extra is not a field",
        ["A consent with an unknown permission"] = "'ReadEverything' is not a v3.1.11 permission code",
        ["A consent with no permissions"] = "Permissions is empty",
        ["Transaction credits without basic or detail"] = "ReadTransactionsCredits needs ReadTransactionsBasic or ReadTransactionsDetail",
        ["Transaction detail without credits or debits"] = "ReadTransactionsDetail needs ReadTransactionsCredits or ReadTransactionsDebits",
        ["A consent that expired yesterday"] = "must be in the future",
        ["A consent date that is not a date"] = "with a time zone",
        ["A consent date without a time zone"] = "with a time zone",
        ["A transaction window that ends before it starts"] = "is after Data.TransactionToDateTime",
        ["Reading another client's consent"] = "for this client",
        ["Deleting a consent that does not exist"] = "no consent 'aac-unknown'",
        ["Reading a consent its client deleted"] = "no consent 'aac-",
        ["Deleting a consent twice"] = "no consent 'aac-",
        ["Reading a consent with a consent's token"] = "need the client credentials token",
    };

    private const string ValidConsentBody = """{"Data":{"Permissions":["ReadAccountsBasic"]},"Risk":{}}""";

    public static IEnumerable<TestCaseData> Cases() => All().Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Bad_input_gets_the_right_status_and_code_and_changes_nothing(BadCase bad)
    {
        await using var context = new BadRequestContext(await TestBank.StartAsync(bad.Options));

        using var response = await bad.Act(context);

        var body = await response.Content.ReadAsStringAsync();
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(bad.Status), body);
            Assert.That(ErrorCode(body) ?? ChallengeParameter(challenge, "error"), Is.EqualTo(bad.Code), body.Length > 0 ? body : challenge);
            Assert.That(response.Headers.Contains("x-fapi-interaction-id"), Is.True, "every response carries an interaction id");
            Assert.That(context.Bank.State, Is.SameAs(context.Marked), "the bank's state changed");
            if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/open-banking/", StringComparison.Ordinal) == true && body.Length > 0)
            {
                Behaviour.Consented.AssertConforms("OBErrorResponse1", body);
            }
        });
        var because = bad.Because ?? Because.GetValueOrDefault(bad.Name);
        Assert.That(because, Is.Not.Null, "every case says which check it expects");
        Assert.That(Description(body) ?? ChallengeParameter(challenge, "error_description"), Does.Contain(because), "the error comes from the check the case is about");
    }

    [Test]
    public void The_matrix_has_at_least_forty_distinct_bad_inputs()
    {
        var names = All().Select(c => c.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(40));
    }

    private static string? Description(string body)
    {
        if (ErrorPage(body) is { } page)
        {
            return page.Description;
        }

        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            return root.TryGetProperty("error_description", out var d) ? d.GetString()
                : root.TryGetProperty("Errors", out var errors) ? errors[0].GetProperty("Message").GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A parameter of a Bearer challenge (RFC 6750 §3), e.g. error="invalid_token": where a bare 401 says why.</summary>
    private static string? ChallengeParameter(string challenge, string name) =>
        System.Text.RegularExpressions.Regex.Match(challenge, $"[ ,]{name}=\"(?<value>[^\"]*)\"") is { Success: true } match ? match.Groups["value"].Value : null;

    private static string? ErrorCode(string body)
    {
        if (ErrorPage(body) is { } page)
        {
            return page.Code;
        }

        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            return root.TryGetProperty("error", out var error) ? error.GetString()
                : root.TryGetProperty("Errors", out var errors) ? errors[0].GetProperty("ErrorCode").GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The PSU's HTML error page (<c>&lt;code&gt;error&lt;/code&gt;: description</c>): where a browser form's refusal says why.</summary>
    private static (string Code, string Description)? ErrorPage(string body) =>
        System.Text.RegularExpressions.Regex.Match(body, "<p><code>(?<code>[^<]*)</code>: (?<description>[^<]*)</p>") is { Success: true } match
            ? (match.Groups["code"].Value, System.Net.WebUtility.HtmlDecode(match.Groups["description"].Value))
            : null;

    private static IEnumerable<BadCase> All() =>
        Transport().Concat(ClientAssertions()).Concat(ClientSecrets()).Concat(Grants()).Concat(RequestObjects()).Concat(Resources()).Concat(ConsentCreation())
            .Concat(Hardening());

    private static Task<HttpResponseMessage> TlsClientCredentials(BadRequestContext c) =>
        c.Token(Fields(("grant_type", "client_credentials"), ("client_id", Tls), ("scope", "accounts")));

    private static IEnumerable<BadCase> Transport()
    {
        yield return new("Token request without a client certificate", c =>
        {
            c.Certificate = null;
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client");
        yield return new("Token request with a certificate from an untrusted CA", c =>
        {
            c.Certificate = StrangerCertificate();
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client");
        yield return new("Token request with an expired certificate", c =>
        {
            c.Certificate = c.TrustedCertificate(MockPki.TppTransportSubject, TestBank.Start.AddDays(-1), TimeSpan.FromHours(12));
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client");
        yield return new("Token request with a certificate not yet valid", c =>
        {
            c.Certificate = c.TrustedCertificate(MockPki.TppTransportSubject, TestBank.Start.AddDays(1), TimeSpan.FromDays(10));
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client");
        yield return new("tls_client_auth with a trusted certificate of another subject", c =>
        {
            c.Certificate = c.TrustedCertificate("CN=someone-else, O=Other TPP, C=GB");
            c.Mark();
            return TlsClientCredentials(c);
        }, 401, "invalid_client");
        yield return new("A private_key_jwt client over a trusted certificate of another subject", c =>
        {
            var assertion = c.Sign(c.AssertionClaims());
            c.Certificate = c.TrustedCertificate("CN=evil-tpp, O=Other TPP, C=GB");
            c.Mark();
            return c.WithAssertion(assertion);
        }, 401, "invalid_client");
        yield return new("A token request as multipart/form-data", async c =>
        {
            c.Mark();
            using var form = new MultipartFormDataContent { { new StringContent("client_credentials"), "grant_type" }, { new StringContent(Tls), "client_id" } };
            return await c.Http().PostAsync("/token", form);
        }, 400, "invalid_request");
        yield return new("A token used over another certificate than it was issued to", async c =>
        {
            var (_, grant) = await c.Authorised();
            c.Certificate = c.TrustedCertificate("CN=another-tpp-host, O=OpenBanking.Fx Demo TPP, C=GB");
            c.Mark();
            return await c.Get("/accounts", grant.AccessToken);
        }, 401, "invalid_token");
        yield return new("A resource request without a client certificate", async c =>
        {
            var (_, grant) = await c.Authorised();
            c.Certificate = null;
            c.Mark();
            return await c.Get("/accounts", grant.AccessToken);
        }, 401, "invalid_token");
    }

    private static BadCase Assertion(string name, Func<BadRequestContext, string> assertion, int status = 401, string code = "invalid_client") =>
        new(name, c =>
        {
            var signed = assertion(c);
            c.Mark();
            return c.WithAssertion(signed);
        }, status, code);

    private static string Changed(BadRequestContext c, Action<Dictionary<string, object>> change, SigningKey? key = null)
    {
        var claims = c.AssertionClaims();
        change(claims);
        return c.Sign(claims, key);
    }

    private static IEnumerable<BadCase> ClientAssertions()
    {
        yield return Assertion("Client assertion with alg none",
            c => Jwt.Forged("""{"alg":"none","typ":"JWT"}""", JsonSerializer.Serialize(c.AssertionClaims())));
        yield return Assertion("Client assertion with HS256 keyed with the client's public key", c =>
        {
            var publicPem = c.Bank.Bank.Pki.TppSigningKey.ExportSubjectPublicKeyInfoPem();
            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Claims = c.AssertionClaims(),
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(publicPem)) { KeyId = MockPki.TppSigningKid }, SecurityAlgorithms.HmacSha256),
            });
        });
        yield return Assertion("Client assertion signed by a key the client never registered", c => Changed(c, _ => { }, StrangerKey()));
        yield return Assertion("Client assertion with RS256, an algorithm the client did not register",
            c => Changed(c, _ => { }, SigningKey.FromRsa(c.Bank.Bank.Pki.TppSigningKey, "RS256", MockPki.TppSigningKid)));
        yield return new("Client assertion whose iss is not the client", c =>
        {
            var assertion = Changed(c, claims => claims["iss"] = Basic);
            c.Mark();
            return c.WithAssertion(assertion, ("client_id", PrivateKeyJwt));
        }, 401, "invalid_client");
        yield return Assertion("Client assertion whose sub is not the client", c => Changed(c, claims => claims["sub"] = "someone"));
        yield return Assertion("Client assertion for another audience", c => Changed(c, claims => claims["aud"] = "https://other-bank.example/token"));
        yield return Assertion("Client assertion that has expired", c => Changed(c, claims =>
        {
            claims["iat"] = c.Now.AddMinutes(-10).ToUnixTimeSeconds();
            claims["exp"] = c.Now.AddMinutes(-5).ToUnixTimeSeconds();
        }));
        yield return Assertion("Client assertion valid for two hours", c => Changed(c, claims => claims["exp"] = c.Now.AddHours(2).ToUnixTimeSeconds()));
        yield return Assertion("Client assertion issued in the future", c => Changed(c, claims =>
        {
            claims["iat"] = c.Now.AddMinutes(5).ToUnixTimeSeconds();
            claims["exp"] = c.Now.AddMinutes(8).ToUnixTimeSeconds();
        }));
        yield return Assertion("Client assertion without a jti", c => Changed(c, claims => claims.Remove("jti")));
        yield return new("Client assertion replaying a jti", async c =>
        {
            var claims = c.AssertionClaims();
            (await c.WithAssertion(c.Sign(claims))).EnsureSuccessStatusCode();
            var replay = c.Sign(claims);
            c.Mark();
            return await c.WithAssertion(replay);
        }, 401, "invalid_client");
        yield return new("Client assertion with the wrong client_assertion_type", c =>
        {
            var assertion = c.Sign(c.AssertionClaims());
            c.Mark();
            return c.Token(Fields(("grant_type", "client_credentials"), ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer"), ("client_assertion", assertion)));
        }, 400, "invalid_request");
        yield return new("Two client authentication methods at once", c =>
        {
            var assertion = c.Sign(c.AssertionClaims());
            c.Mark();
            return c.Token(Fields(("grant_type", "client_credentials"), ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", assertion)),
                BasicAuth(Basic, DemoSecrets.Basic));
        }, 400, "invalid_request");
    }

    private static IEnumerable<BadCase> ClientSecrets()
    {
        static BadCase Secret(string name, string? authorization, params (string, string)[] fields) => new(name, c =>
        {
            c.Mark();
            return c.Token(Fields([("grant_type", "client_credentials"), .. fields]), authorization);
        }, 401, "invalid_client");

        yield return Secret("client_secret_basic with the wrong secret", BasicAuth(Basic, "not-the-secret"));
        yield return Secret("client_secret_basic as the seed library sent it: URL-safe base64 of the raw secret",
            "Basic " + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Basic}:{DemoSecrets.Basic}")));
        yield return Secret("A client_secret_post client authenticating with Basic", BasicAuth(Post, DemoSecrets.Post));
        yield return Secret("client_secret_post with the wrong secret", null, ("client_id", Post), ("client_secret", "nope"));
        yield return Secret("An unknown client", null, ("client_id", "nobody"), ("client_secret", "x"));
        yield return Secret("No client authentication at all", null);
        yield return Secret("A private_key_jwt client sending a secret", null, ("client_id", PrivateKeyJwt), ("client_secret", "guess"));
    }

    // Codes for the tls_client_auth client: exchanging them needs no assertion, whose jti a refused request would spend.
    private static async Task<string> CodeFor(BadRequestContext c)
    {
        var pending = await c.Pending(Tls);
        var redirect = await c.HeadlessRedirect(pending.ConsentUrl.Url);
        return OpenBanking.Core.Http.FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).First(p => p.Key == "code").Value;
    }

    private static IEnumerable<BadCase> Grants()
    {
        yield return new("Token request without grant_type", c =>
        {
            c.Mark();
            return c.Token(Fields(("client_id", Tls)));
        }, 400, "invalid_request");
        yield return new("The password grant", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "password"), ("client_id", Tls), ("username", "amelia"), ("password", "amelia-pass")));
        }, 400, "unsupported_grant_type");
        yield return new("Client credentials asking for openid", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "client_credentials"), ("client_id", Tls), ("scope", "openid accounts")));
        }, 400, "invalid_scope");
        yield return new("Client credentials asking for an unregistered scope", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "client_credentials"), ("client_id", Tls), ("scope", "fundsconfirmations")));
        }, 400, "invalid_scope");
        yield return new("A token request that is not form-encoded", async c =>
        {
            c.Mark();
            return await c.Http().PostAsync("/token", new StringContent("""{"grant_type":"client_credentials"}""", Encoding.UTF8, "application/json"));
        }, 400, "invalid_request");
        yield return new("A repeated token request parameter", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "client_credentials"), ("grant_type", "client_credentials"), ("client_id", Tls)));
        }, 400, "invalid_request");
        yield return new("A grant type the client may not use", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "refresh_token"), ("client_id", "limited-client"), ("refresh_token", "x")));
        }, 400, "unauthorized_client", options => options with
        {
            Clients = [.. ClientDirectory.DemoClients(MockPki.LoadOrCreate(options.CertificatesFolder, TestBank.Start)),
                new RegisteredClient { ClientId = "limited-client", TokenEndpointAuthMethod = "tls_client_auth", CertificateSubjectDn = MockPki.TppTransportSubject, GrantTypes = ["client_credentials"] }],
        });
        yield return new("An unknown authorisation code", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "authorization_code"), ("code", "made-up"), ("redirect_uri", Redirect), ("client_id", Tls)));
        }, 400, "invalid_grant");
        yield return new("An authorisation code without redirect_uri", async c =>
        {
            var code = await CodeFor(c);
            c.Mark();
            return await c.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("client_id", Tls)));
        }, 400, "invalid_request");
        yield return new("An authorisation code with another redirect_uri", async c =>
        {
            var code = await CodeFor(c);
            c.Mark();
            return await c.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://127.0.0.1:8765/callback"), ("client_id", Tls)));
        }, 400, "invalid_grant");
        yield return new("An expired authorisation code", async c =>
        {
            var code = await CodeFor(c);
            c.Bank.Time.Advance(TimeSpan.FromMinutes(2));
            c.Mark();
            return await c.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect), ("client_id", Tls)));
        }, 400, "invalid_grant");
        yield return new("An authorisation code of another client", async c =>
        {
            var code = await CodeFor(c);
            c.Mark();
            return await c.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect), ("client_id", Post), ("client_secret", DemoSecrets.Post)));
        }, 400, "invalid_grant");
        yield return new("An unknown refresh token", c =>
        {
            c.Mark();
            return c.Token(Fields(("grant_type", "refresh_token"), ("refresh_token", "made-up"), ("client_id", Tls)));
        }, 400, "invalid_grant");
        yield return new("A refresh token of another client", async c =>
        {
            var (_, grant) = await c.Authorised();
            c.Mark();
            return await c.Token(Fields(("grant_type", "refresh_token"), ("refresh_token", grant.Tokens.RefreshToken!), ("client_id", Tls)));
        }, 400, "invalid_grant");
    }

    private static BadCase RequestObject(string name, Action<BadRequestContext, Dictionary<string, object>> change, string code = "invalid_request_object") =>
        new(name, async c =>
        {
            var pending = await c.Pending();
            var claims = c.RequestObjectClaims(pending.ConsentId);
            change(c, claims);
            var url = ConsentUrl(c.Sign(claims));
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, code);

    private static IEnumerable<BadCase> RequestObjects()
    {
        yield return new("An authorisation request without a request object", async c =>
        {
            await c.Pending();
            c.Mark();
            return await c.Headless(ConsentUrl(null), "amelia", "amelia-pass");
        }, 400, "invalid_request");
        yield return new("A request object with alg none", async c =>
        {
            var pending = await c.Pending();
            var url = ConsentUrl(Jwt.Forged("""{"alg":"none"}""", JsonSerializer.Serialize(c.RequestObjectClaims(pending.ConsentId))));
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "invalid_request_object");
        yield return new("A request object signed by a stranger's key", async c =>
        {
            var pending = await c.Pending();
            var url = ConsentUrl(c.Sign(c.RequestObjectClaims(pending.ConsentId), StrangerKey()));
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "invalid_request_object");
        yield return RequestObject("A request object for another audience", (_, claims) => claims["aud"] = "https://other-bank.example");
        yield return RequestObject("A request object valid for more than 60 minutes", (c, claims) =>
        {
            claims["nbf"] = c.Now.AddMinutes(-10).ToUnixTimeSeconds();
            claims["exp"] = c.Now.AddMinutes(55).ToUnixTimeSeconds();
        });
        yield return RequestObject("A request object not valid before ten minutes from now", (c, claims) =>
        {
            claims["nbf"] = c.Now.AddMinutes(10).ToUnixTimeSeconds();
            claims["exp"] = c.Now.AddMinutes(20).ToUnixTimeSeconds();
        });
        yield return RequestObject("A request object that has expired", (c, claims) =>
        {
            claims["nbf"] = c.Now.AddMinutes(-20).ToUnixTimeSeconds();
            claims["exp"] = c.Now.AddMinutes(-5).ToUnixTimeSeconds();
        });
        yield return RequestObject("A request object without nbf", (_, claims) => claims.Remove("nbf"));
        yield return new("A request object for an unregistered redirect URI", async c =>
        {
            var pending = await c.Pending();
            var claims = c.RequestObjectClaims(pending.ConsentId);
            claims["redirect_uri"] = "https://evil.example/callback";
            var url = ConsentUrl(c.Sign(claims), redirect: "https://evil.example/callback");
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "invalid_request_object");
        yield return RequestObject("A redirect URI in the query that differs from the request object's",
            (_, claims) => claims["redirect_uri"] = "http://127.0.0.1:8765/callback");
        yield return RequestObject("A request object without a nonce", (_, claims) => claims.Remove("nonce"));
        yield return RequestObject("A request object with another client_id than the query", (_, claims) => claims["client_id"] = Basic);
        yield return RequestObject("A request object naming no consent", (_, claims) =>
            ((Dictionary<string, object>)((Dictionary<string, object>)claims["claims"])["id_token"]).Remove("openbanking_intent_id"));
        yield return RequestObject("A request object naming an unknown consent", (c, claims) => claims["claims"] = c.RequestObjectClaims("aac-unknown")["claims"]);
        yield return RequestObject("A request object without acr as essential", (_, claims) =>
            ((Dictionary<string, object>)((Dictionary<string, object>)claims["claims"])["id_token"]).Remove("acr"));
        yield return RequestObject("A request object whose scope lacks openid", (_, claims) => claims["scope"] = "accounts", "invalid_scope");
        yield return RequestObject("A request object whose scope lacks accounts", (_, claims) => claims["scope"] = "openid", "invalid_scope");
        yield return RequestObject("A request object without iss", (_, claims) => claims.Remove("iss"));
        yield return new("A consent that expired before the PSU approved it", async c =>
        {
            var client = c.Library();
            var pending = await client.BeginAccountAccess(new AccountAccessConsentRequest(["ReadAccountsBasic"], ExpirationDateTime: c.Now.AddHours(1))).Right();
            c.Bank.Time.Advance(TimeSpan.FromHours(2));
            var url = ConsentUrl(c.Sign(c.RequestObjectClaims(pending.ConsentId)));
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "invalid_request_object");
        yield return new("A code for a consent that expired after approval", async c =>
        {
            var client = c.Library(Tls);
            var pending = await client.BeginAccountAccess(new AccountAccessConsentRequest(["ReadAccountsBasic"], ExpirationDateTime: c.Now.AddSeconds(30))).Right();
            var redirect = await c.HeadlessRedirect(pending.ConsentUrl.Url);
            var code = OpenBanking.Core.Http.FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).First(p => p.Key == "code").Value;
            c.Bank.Time.Advance(TimeSpan.FromSeconds(40));
            c.Mark();
            return await c.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect), ("client_id", Tls)));
        }, 400, "invalid_grant");
        yield return new("response_type code without JARM", async c =>
        {
            var pending = await c.Pending();
            var claims = c.RequestObjectClaims(pending.ConsentId);
            claims["response_type"] = "code";
            var url = ConsentUrl(c.Sign(claims), responseType: "code");
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "unsupported_response_type");
        yield return new("A headless approval naming a null account", async c =>
        {
            var pending = await c.Pending();
            c.Mark();
            return await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass", [null!]);
        }, 400, "invalid_request");
        yield return new("A request object naming another client's consent", async c =>
        {
            var other = await c.Pending(Basic);
            var url = ConsentUrl(c.Sign(c.RequestObjectClaims(other.ConsentId)));
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "invalid_request_object");
        yield return new("A consent URL used again after approval", async c =>
        {
            var pending = await c.Pending();
            await c.HeadlessRedirect(pending.ConsentUrl.Url);
            c.Mark();
            return await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");
        }, 400, "invalid_request_object");
        yield return new("response_type token", async c =>
        {
            var pending = await c.Pending();
            var url = ConsentUrl(c.Sign(c.RequestObjectClaims(pending.ConsentId)), responseType: "token");
            c.Mark();
            return await c.Headless(url, "amelia", "amelia-pass");
        }, 400, "unsupported_response_type");
        yield return new("The PSU's wrong password", async c =>
        {
            var pending = await c.Pending();
            c.Mark();
            return await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "oliver-pass");
        }, 401, "access_denied");
        yield return new("An unknown PSU", async c =>
        {
            var pending = await c.Pending();
            c.Mark();
            return await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "mallory", "amelia-pass");
        }, 401, "access_denied");
        yield return new("The PSU choosing someone else's account", async c =>
        {
            var pending = await c.Pending();
            c.Mark();
            return await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass", ["2001"]);
        }, 400, "invalid_request");
        yield return new("A headless approval that is not JSON", async c =>
        {
            c.Mark();
            return await c.Http().PostAsync("/authorize/headless", new StringContent("consent_url=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        }, 400, "invalid_request");
    }

    private static IEnumerable<BadCase> Resources()
    {
        yield return new("A client credentials token on /accounts", async c =>
        {
            var token = await c.ClientToken();
            c.Mark();
            return await c.Get("/accounts", token);
        }, 401, "invalid_token");
        yield return new("A consent's token creating a consent", async c =>
        {
            var (_, grant) = await c.Authorised();
            c.Mark();
            return await c.PostConsent(grant.AccessToken, ValidConsentBody);
        }, 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return new("No Authorization header", c =>
        {
            c.Mark();
            return c.Get("/accounts", null);
        }, 401, "UK.OBIE.Header.Missing");
        yield return new("An unknown access token", c =>
        {
            c.Mark();
            return c.Get("/accounts", "made-up-token");
        }, 401, "invalid_token");
        yield return new("Basic credentials on a resource", async c =>
        {
            c.Mark();
            return await c.Get("/accounts", null, h => h.TryAddWithoutValidation("Authorization", BasicAuth(Basic, DemoSecrets.Basic)));
        }, 401, "UK.OBIE.Header.Invalid");
        yield return new("An expired access token", async c =>
        {
            var (_, grant) = await c.Authorised();
            c.Bank.Time.Advance(TimeSpan.FromHours(2));
            c.Mark();
            return await c.Get("/accounts", grant.AccessToken);
        }, 401, "invalid_token");
        yield return new("The token of a deleted consent", async c =>
        {
            var (pending, grant) = await c.Authorised();
            await c.Library().DeleteConsent(pending.ClientToken.AccessToken, pending.ConsentId).Right();
            c.Mark();
            return await c.Get("/accounts", grant.AccessToken);
        }, 401, "invalid_token");
        yield return new("The token of an expired consent", async c =>
        {
            var (_, grant) = await c.Authorised(consent: new AccountAccessConsentRequest(["ReadAccountsBasic"], ExpirationDateTime: c.Now.AddDays(1)));
            c.Bank.Time.Advance(TimeSpan.FromDays(2));
            c.Mark();
            return await c.Get("/accounts", grant.AccessToken);
        }, 403, "UK.OBIE.Resource.InvalidConsentStatus", options => options with { AccessTokenLifetimeSeconds = 10 * 24 * 3600 });
        yield return Read("Balances without ReadBalances", new AccountAccessConsentRequest(["ReadAccountsBasic"]), "/balances", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("Transactions without a transactions permission", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadBalances"]), "/accounts/1001/transactions", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("Another customer's account", null, "/accounts/2001", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return new("An account the PSU did not choose", async c =>
        {
            var (_, grant) = await c.Authorised(accounts: ["1001"]);
            c.Mark();
            return await c.Get("/accounts/1002/balances", grant.AccessToken);
        }, 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("An account the bank does not have", null, "/accounts/9999/transactions", 400, "UK.OBIE.Resource.NotFound");
        yield return Read("A malformed fromBookingDateTime", null, "/transactions?fromBookingDateTime=last-tuesday", 400, "UK.OBIE.Field.InvalidDate");
        yield return Read("Statements without a statements permission", null, "/statements", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("A statement file with only ReadStatementsBasic", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsBasic"]), "/accounts/1001/statements/1001-S202603/file", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("Statement transactions without a transactions permission", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsDetail"]), "/accounts/1001/statements/1001-S202603/transactions", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("Offers without ReadOffers", null, "/accounts/1004/offers", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("Scheduled payments without a scheduled-payments permission", new AccountAccessConsentRequest(["ReadAccountsDetail", "ReadStandingOrdersDetail"]), "/scheduled-payments", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("A statement the account does not have", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsBasic"]), "/accounts/1001/statements/1002-S202603", 400, "UK.OBIE.Resource.NotFound");
        yield return Read("Another customer's statements", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsBasic"]), "/accounts/2001/statements", 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return new("A statement outside the consent's transaction period", async c =>
        {
            var (_, grant) = await c.Authorised(consent: new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsBasic"],
                TransactionFromDateTime: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
            c.Mark();
            return await c.Get("/accounts/1001/statements/1001-S202605", grant.AccessToken);
        }, 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return Read("A malformed toStatementDateTime", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsBasic"]), "/statements?toStatementDateTime=31/03/2026", 400, "UK.OBIE.Field.InvalidDate");
        yield return Read("A statement file asked for as JSON", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsDetail"]), "/accounts/1001/statements/1001-S202603/file", 406, "UK.OBIE.Header.Invalid", h => h.Accept.ParseAdd("application/json"));
        yield return Read("A statement file asked for as XML", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsDetail"]), "/accounts/1001/statements/1001-S202603/file", 406, "UK.OBIE.Header.Invalid", h => h.Accept.ParseAdd("application/xml"));
        yield return Read("A statement resource the API does not have", new AccountAccessConsentRequest(["ReadAccountsBasic", "ReadStatementsDetail"]), "/accounts/1001/statements/1001-S202603/pdf", 404, "UK.OBIE.Resource.NotFound");
        yield return Read("A page past the last", null, "/transactions?page=99", 400, "UK.OBIE.Field.Invalid");
        yield return Read("An x-fapi-interaction-id that is not a UUID", null, "/accounts", 400, "UK.OBIE.Header.Invalid", h => h.Add("x-fapi-interaction-id", "not-a-uuid"));
        yield return Read("An x-fapi-auth-date that is not an RFC 7231 date", null, "/accounts", 400, "UK.OBIE.Header.Invalid", h => h.Add("x-fapi-auth-date", "2026-11-23T12:00:00Z"));
        yield return Read("An x-fapi-customer-ip-address that is not an address", null, "/accounts", 400, "UK.OBIE.Header.Invalid", h => h.Add("x-fapi-customer-ip-address", "my laptop"));
        yield return Read("An x-fapi-interaction-id without hyphens", null, "/accounts", 400, "UK.OBIE.Header.Invalid", h => h.Add("x-fapi-interaction-id", Guid.NewGuid().ToString("N")));
        yield return Read("Accept: application/json;q=0", null, "/accounts", 406, "UK.OBIE.Header.Invalid", h => h.TryAddWithoutValidation("Accept", "application/json;q=0, text/html"));
        yield return Read("A fromBookingDateTime with trailing garbage", null, "/transactions?fromBookingDateTime=2026-10-05T00:00:00garbage", 400, "UK.OBIE.Field.InvalidDate");
        yield return new("A client credentials token without the accounts scope", async c =>
        {
            using var response = await c.Token(Fields(("grant_type", "client_credentials"), ("client_id", "scoped-client"), ("scope", "payments")));
            var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
            c.Mark();
            return await c.PostConsent(token, ValidConsentBody);
        }, 403, "UK.OBIE.Resource.ConsentMismatch", options => options with
        {
            Clients = [.. ClientDirectory.DemoClients(MockPki.LoadOrCreate(options.CertificatesFolder, TestBank.Start)),
                new RegisteredClient { ClientId = "scoped-client", TokenEndpointAuthMethod = "tls_client_auth", CertificateSubjectDn = MockPki.TppTransportSubject, Scopes = ["openid", "accounts", "payments"] }],
        });
        yield return Read("Accept: application/xml", null, "/accounts", 406, "UK.OBIE.Header.Invalid", h => h.Accept.ParseAdd("application/xml"));
        yield return Read("POST on /accounts", null, "/accounts", 405, "UK.OBIE.UnexpectedError", method: HttpMethod.Post);
        yield return new("A path the API does not have", c =>
        {
            c.Mark();
            return c.Get("/accounts/1001/secrets", "t");
        }, 404, "UK.OBIE.Resource.NotFound");
        yield return new("A client over its rate limit", async c =>
        {
            var (_, grant) = await c.Authorised();
            c.Bank.Time.Advance(TimeSpan.FromSeconds(1)); // a new second: the limit counts per second
            (await c.Get("/accounts", grant.AccessToken)).EnsureSuccessStatusCode();
            (await c.Get("/accounts", grant.AccessToken)).EnsureSuccessStatusCode();
            c.Mark();
            return await c.Get("/accounts", grant.AccessToken);
        }, 429, "UK.OBIE.UnexpectedError", options => options with { RateLimitPerSecond = 2 });
    }

    /// <summary>A GET of <paramref name="path"/> with the token of a consent (<paramref name="consent"/>, or the flows' usual one) that amelia approved.</summary>
    private static BadCase Read(
        string name, AccountAccessConsentRequest? consent, string path, int status, string code,
        Action<System.Net.Http.Headers.HttpRequestHeaders>? headers = null, HttpMethod? method = null) =>
        new(name, async c =>
        {
            var (_, grant) = await c.Authorised(consent: consent);
            c.Mark();
            return await c.Get(path, grant.AccessToken, headers, method);
        }, status, code);

    private static BadCase Consent(string name, string body, int status, string code, string contentType = "application/json") =>
        new(name, async c =>
        {
            var token = await c.ClientToken();
            c.Mark();
            return await c.PostConsent(token, body, contentType);
        }, status, code);

    private static IEnumerable<BadCase> ConsentCreation()
    {
        yield return Consent("A consent that is not JSON by content type", ValidConsentBody, 415, "UK.OBIE.Header.Invalid", "text/plain");
        yield return Consent("A consent body that is not JSON", "{\"Data\":", 400, "UK.OBIE.Resource.InvalidFormat");
        yield return Consent("A consent without Data", """{"Risk":{}}""", 400, "UK.OBIE.Field.Missing");
        yield return Consent("A consent without Risk", """{"Data":{"Permissions":["ReadAccountsBasic"]}}""", 400, "UK.OBIE.Field.Missing");
        yield return Consent("A consent with an unknown field in Data", """{"Data":{"Permissions":["ReadAccountsBasic"],"Purpose":"x"},"Risk":{}}""", 400, "UK.OBIE.Field.Unexpected");
        yield return Consent("A consent with an unknown top-level field", """{"Data":{"Permissions":["ReadAccountsBasic"]},"Risk":{},"Extra":1}""", 400, "UK.OBIE.Field.Unexpected");
        yield return Consent("A consent with an unknown permission", """{"Data":{"Permissions":["ReadAccountsBasic","ReadEverything"]},"Risk":{}}""", 400, "UK.OBIE.Field.Invalid");
        yield return Consent("A consent with a member in Risk", """{"Data":{"Permissions":["ReadAccountsBasic"]},"Risk":{"MerchantCategoryCode":"5411"}}""", 400, "UK.OBIE.Field.Unexpected");
        yield return Consent("A consent date in a local format", """{"Data":{"Permissions":["ReadAccountsBasic"],"ExpirationDateTime":"01/02/2030 10:00:00 +00:00"},"Risk":{}}""", 400, "UK.OBIE.Field.InvalidDate");
        yield return Consent("A consent sent as application/jsonpatch", ValidConsentBody, 415, "UK.OBIE.Header.Invalid", "application/jsonpatch");
        yield return Consent("A consent with no permissions", """{"Data":{"Permissions":[]},"Risk":{}}""", 400, "UK.OBIE.Field.Invalid");
        yield return Consent("Transaction credits without basic or detail", """{"Data":{"Permissions":["ReadAccountsBasic","ReadTransactionsCredits"]},"Risk":{}}""", 400, "UK.OBIE.Field.Invalid");
        yield return Consent("Transaction detail without credits or debits", """{"Data":{"Permissions":["ReadAccountsBasic","ReadTransactionsDetail"]},"Risk":{}}""", 400, "UK.OBIE.Field.Invalid");
        yield return Consent("A consent that expired yesterday", """{"Data":{"Permissions":["ReadAccountsBasic"],"ExpirationDateTime":"2026-11-22T12:00:00+00:00"},"Risk":{}}""", 400, "UK.OBIE.Field.InvalidDate");
        yield return Consent("A consent date that is not a date", """{"Data":{"Permissions":["ReadAccountsBasic"],"ExpirationDateTime":"next year"},"Risk":{}}""", 400, "UK.OBIE.Field.InvalidDate");
        yield return Consent("A consent date without a time zone", """{"Data":{"Permissions":["ReadAccountsBasic"],"ExpirationDateTime":"2027-01-01T00:00:00"},"Risk":{}}""", 400, "UK.OBIE.Field.InvalidDate");
        yield return Consent("A transaction window that ends before it starts",
            """{"Data":{"Permissions":["ReadAccountsBasic"],"TransactionFromDateTime":"2026-10-01T00:00:00+00:00","TransactionToDateTime":"2026-09-01T00:00:00+00:00"},"Risk":{}}""",
            400, "UK.OBIE.Field.InvalidDate");
        yield return new("Reading another client's consent", async c =>
        {
            var pending = await c.Pending(PrivateKeyJwt);
            var token = await c.ClientToken();
            c.Mark();
            return await c.Get($"/account-access-consents/{pending.ConsentId}", token);
        }, 400, "UK.OBIE.Resource.NotFound");
        yield return new("Deleting a consent that does not exist", async c =>
        {
            var token = await c.ClientToken();
            c.Mark();
            return await c.Get("/account-access-consents/aac-unknown", token, method: HttpMethod.Delete);
        }, 400, "UK.OBIE.Resource.NotFound");
        yield return new("Reading a consent its client deleted", async c =>
        {
            var pending = await c.Pending();
            await c.Library().DeleteConsent(pending.ClientToken.AccessToken, pending.ConsentId).Right();
            c.Mark();
            return await c.Get($"/account-access-consents/{pending.ConsentId}", pending.ClientToken.AccessToken);
        }, 400, "UK.OBIE.Resource.NotFound");
        yield return new("Deleting a consent twice", async c =>
        {
            var pending = await c.Pending();
            await c.Library().DeleteConsent(pending.ClientToken.AccessToken, pending.ConsentId).Right();
            c.Mark();
            return await c.Get($"/account-access-consents/{pending.ConsentId}", pending.ClientToken.AccessToken, method: HttpMethod.Delete);
        }, 400, "UK.OBIE.Resource.NotFound");
        yield return new("Reading a consent with a consent's token", async c =>
        {
            var (pending, grant) = await c.Authorised();
            c.Mark();
            return await c.Get($"/account-access-consents/{pending.ConsentId}", grant.AccessToken);
        }, 403, "UK.OBIE.Resource.ConsentMismatch");
    }
}
