using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Hosting;
using MockAspsp.Tests.Negative;
using NUnit.Framework;
using static MockAspsp.Tests.Pisp.PaymentBodies;

namespace MockAspsp.Tests.Pisp;

/// <summary>One payment-specific bad input and what the bank must answer: status, OBIE code and (when the spec gives one) the path.</summary>
public sealed record PaymentCase(
    string Name, Func<PaymentSession, Task<HttpResponseMessage>> Act, int Status, string Code, string? Path = null,
    Func<MockAspspOptions, MockAspspOptions>? Options = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The Payment Initiation API's negative matrix: every payment check of the mock, each fed a bad input. Each case asserts
/// the status, the OBIE error code (or, for a refused token, the challenge's error), the path when the spec's error names
/// one, that the answer carries an x-fapi-interaction-id and conforms to OBErrorResponse1, and that the bank's state is
/// the very same object as just before the request.
/// </summary>
public class PaymentMatrixTests
{
    private const string DomesticConsents = "/domestic-payment-consents";

    public static IEnumerable<TestCaseData> Cases() => All().Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task A_bad_payment_request_gets_the_right_status_and_code_and_changes_nothing(PaymentCase bad)
    {
        await using var s = await PaymentSession.StartAsync(bad.Options);

        using var response = await bad.Act(s);

        var body = await response.Content.ReadAsStringAsync();
        var (code, path) = PaymentSession.Error(body);
        var challenge = System.Text.RegularExpressions.Regex.Match(response.Headers.WwwAuthenticate.ToString(), "error=\"(?<e>[^\"]*)\"").Groups["e"].Value;
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(bad.Status), body);
            Assert.That(code ?? OAuthError(body) ?? challenge, Is.EqualTo(bad.Code), body);
            if (bad.Path is not null)
            {
                Assert.That(path, Is.EqualTo(bad.Path), body);
            }

            Assert.That(response.Headers.Contains("x-fapi-interaction-id"), Is.True);
            Assert.That(response.Headers.Contains("x-jws-signature"), Is.False, "a refusal is not signed");
            Assert.That(s.Bank.State, Is.SameAs(s.Context.Marked), "the bank's state changed");
            if (body.Length > 0 && response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/open-banking/", StringComparison.Ordinal))
            {
                PaymentSession.AssertConforms("OBErrorResponse1", body);
            }
        });
    }

    private static string? OAuthError(string body) =>
        body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;

    [Test]
    public void The_matrix_has_at_least_forty_distinct_payment_specific_bad_inputs()
    {
        var names = All().Select(c => c.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(40));
    }

    private static IEnumerable<PaymentCase> All() =>
        Bodies().Concat(Schedules()).Concat(Internationals()).Concat(Files()).Concat(Keys()).Concat(Signatures()).Concat(Tokens()).Concat(Submissions()).Concat(Reads());

    /// <summary>POST a consent made by <paramref name="body"/> with a good token, key and signature.</summary>
    private static Func<PaymentSession, Task<HttpResponseMessage>> Consent(Func<JsonObject> body, string path = DomesticConsents) => async s =>
    {
        var token = await s.ClientToken();
        s.Context.Mark();
        return await s.Post(path, token, body().ToJsonString());
    };

    /// <summary>POST a good domestic consent whose x-jws-signature <paramref name="sign"/> makes from the body's bytes.</summary>
    private static Func<PaymentSession, Task<HttpResponseMessage>> Signed(Func<PaymentSession, byte[], string> sign) => async s =>
    {
        var token = await s.ClientToken();
        var body = Domestic().ToJsonString();
        var signature = sign(s, Encoding.UTF8.GetBytes(body));
        s.Context.Mark();
        return await s.Post(DomesticConsents, token, body, signature: signature);
    };

    /// <summary>A good header with <paramref name="change"/> applied.</summary>
    private static Func<PaymentSession, byte[], string> Header(Action<JsonObject> change) => (s, body) =>
    {
        var header = s.Header();
        change(header);
        return s.Sign(body, header);
    };

    /// <summary>An authorised domestic consent, then <paramref name="act"/> with its PSU token.</summary>
    private static Func<PaymentSession, Task<HttpResponseMessage>> Authorised(Func<PaymentSession, string, string, JsonObject, Task<HttpResponseMessage>> act) => async s =>
    {
        var body = Domestic();
        var consentId = await s.Consent("domestic-payment-consents", body);
        var token = await s.Authorise(consentId);
        return await act(s, consentId, token, body);
    };

    private static IEnumerable<PaymentCase> Bodies()
    {
        const string initiation = "Data.Initiation";
        yield return new("An amount with six decimal places", Consent(() => Domestic("12.345678")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.InstructedAmount.Amount");
        yield return new("A zero amount", Consent(() => Domestic("0.00")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.InstructedAmount.Amount");
        yield return new("A negative amount", Consent(() => Domestic("-5.00")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.InstructedAmount.Amount");
        yield return new("An amount as a JSON number", Consent(() => Domestic().With($"{initiation}.InstructedAmount.Amount", 12.5)), 400, "UK.OBIE.Field.Invalid", $"{initiation}.InstructedAmount.Amount");
        yield return new("A currency in lower case", Consent(() => Domestic().With($"{initiation}.InstructedAmount.Currency", "gbp")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.InstructedAmount.Currency");
        yield return new("A domestic payment in euros", Consent(() => Domestic().With($"{initiation}.InstructedAmount.Currency", "EUR")), 400, "UK.OBIE.Unsupported.Currency", $"{initiation}.InstructedAmount.Currency");
        yield return new("An InstructionIdentification of 36 characters", Consent(() => Domestic().With($"{initiation}.InstructionIdentification", new string('I', 36))), 400, "UK.OBIE.Field.Invalid", $"{initiation}.InstructionIdentification");
        yield return new("An empty EndToEndIdentification", Consent(() => Domestic().With($"{initiation}.EndToEndIdentification", "")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.EndToEndIdentification");
        yield return new("A consent without a creditor account", Consent(() => Domestic().Without($"{initiation}.CreditorAccount")), 400, "UK.OBIE.Field.Missing", $"{initiation}.CreditorAccount");
        yield return new("A creditor account without a name", Consent(() => Domestic().Without($"{initiation}.CreditorAccount.Name")), 400, "UK.OBIE.Field.Missing", $"{initiation}.CreditorAccount.Name");
        yield return new("A consent without Risk", Consent(() => Domestic().Without("Risk")), 400, "UK.OBIE.Field.Missing", "Risk");
        yield return new("A member the Initiation does not have", Consent(() => Domestic().With($"{initiation}.Purpose", "CASH")), 400, "UK.OBIE.Field.Unexpected", $"{initiation}.Purpose");
        yield return new("A creditor scheme the bank does not support", Consent(() => Domestic().With($"{initiation}.CreditorAccount.SchemeName", "UK.OBIE.BBAN")), 400, "UK.OBIE.Unsupported.Scheme", $"{initiation}.CreditorAccount.SchemeName");
        yield return new("A creditor scheme the spec does not have", Consent(() => Domestic().With($"{initiation}.CreditorAccount.SchemeName", "UK.OBIE.MadeUp")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.CreditorAccount.SchemeName");
        yield return new("A sort code and account number of 13 digits", Consent(() => Domestic().With($"{initiation}.CreditorAccount.Identification", "0808002132569")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.CreditorAccount.Identification");
        yield return new("An IBAN whose check digits are wrong", Consent(() => Domestic()
            .With($"{initiation}.CreditorAccount.SchemeName", "UK.OBIE.IBAN").With($"{initiation}.CreditorAccount.Identification", "GB28NWBK60161331926819")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.CreditorAccount.Identification");
        yield return new("A card number failing its Luhn check", Consent(() => Domestic()
            .With($"{initiation}.CreditorAccount.SchemeName", "UK.OBIE.PAN").With($"{initiation}.CreditorAccount.Identification", "5555444433331112")), 400, "UK.OBIE.Field.Invalid", $"{initiation}.CreditorAccount.Identification");
        yield return new("A secondary identification with an IBAN", Consent(() => Domestic()
            .With($"{initiation}.CreditorAccount.SchemeName", "UK.OBIE.IBAN").With($"{initiation}.CreditorAccount.Identification", "GB29NWBK60161331926819")
            .With($"{initiation}.CreditorAccount.SecondaryIdentification", "ROLL-1")), 400, "UK.OBIE.Unsupported.AccountSecondaryIdentifier", $"{initiation}.CreditorAccount.SecondaryIdentification");
        yield return new("A local instrument the bank does not offer", Consent(() => Domestic().With($"{initiation}.LocalInstrument", "UK.OBIE.Paym")), 400, "UK.OBIE.Unsupported.LocalInstrument", $"{initiation}.LocalInstrument");
        yield return new("A local instrument in another bank's namespace", Consent(() => Domestic().With($"{initiation}.LocalInstrument", "GB.OtherBank.Express")), 400, "UK.OBIE.Unsupported.LocalInstrument", $"{initiation}.LocalInstrument");
        yield return new("A debtor account this bank does not hold", Consent(() => Domestic().With($"{initiation}.DebtorAccount", new JsonObject
        {
            ["SchemeName"] = "UK.OBIE.SortCodeAccountNumber", ["Identification"] = "11223344556677",
        })), 400, "UK.OBIE.Field.Invalid", $"{initiation}.DebtorAccount.Identification");
        yield return new("A euro debtor account for a payment in pounds", Consent(() => Domestic().With($"{initiation}.DebtorAccount", new JsonObject
        {
            ["SchemeName"] = "UK.OBIE.IBAN", ["Identification"] = "GB94BARC10201530093459",
        })), 400, "UK.OBIE.Field.Invalid", $"{initiation}.DebtorAccount.Identification");
        yield return new("An authorisation to complete in the past", Consent(() => Domestic().With("Data.Authorisation", new JsonObject
        {
            ["AuthorisationType"] = "Single", ["CompletionDateTime"] = Date(MockAspsp.TestSupport.TestBank.Start.AddHours(-1)),
        })), 400, "UK.OBIE.Field.InvalidDate", "Data.Authorisation.CompletionDateTime");
        yield return new("A payment context the spec does not list", Consent(() => Domestic().With("Risk.PaymentContextCode", "Gambling")), 400, "UK.OBIE.Field.Invalid", "Risk.PaymentContextCode");
        yield return new("ReadRefundAccount neither Yes nor No", Consent(() => Domestic().With("Data.ReadRefundAccount", "Maybe")), 400, "UK.OBIE.Field.Invalid", "Data.ReadRefundAccount");
        yield return new("A consent body that is not JSON", async s =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, "{\"Data\": ");
        }, 400, "UK.OBIE.Resource.InvalidFormat");
        yield return new("A consent body with Data twice", async s =>
        {
            var token = await s.ClientToken();
            var good = Domestic();
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, $"{{\"Data\":{good["Data"]!.ToJsonString()},\"Data\":{good["Data"]!.ToJsonString()},\"Risk\":{{}}}}");
        }, 400, "UK.OBIE.Field.Invalid", "Data");
        yield return new("A consent sent as text/plain", async s =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, Domestic().ToJsonString(), contentType: "text/plain");
        }, 415, "UK.OBIE.Header.Invalid", "Content-Type");
    }

    private static IEnumerable<PaymentCase> Schedules()
    {
        const string scheduled = "/domestic-scheduled-payment-consents";
        const string standing = "/domestic-standing-order-consents";
        yield return new("A scheduled payment for yesterday", Consent(() => DomesticScheduled()
            .With("Data.Initiation.RequestedExecutionDateTime", Date(MockAspsp.TestSupport.TestBank.Start.AddDays(-1))), scheduled), 400, "UK.OBIE.Field.InvalidDate", "Data.Initiation.RequestedExecutionDateTime");
        yield return new("A scheduled payment date without a time zone", Consent(() => DomesticScheduled()
            .With("Data.Initiation.RequestedExecutionDateTime", "2026-11-24T10:00:00"), scheduled), 400, "UK.OBIE.Field.InvalidDate", "Data.Initiation.RequestedExecutionDateTime");
        yield return new("A scheduled payment consent without Permission", Consent(() => DomesticScheduled().Without("Data.Permission"), scheduled), 400, "UK.OBIE.Field.Missing", "Data.Permission");
        yield return new("A standing order every week, in words", Consent(() => DomesticStandingOrder("Weekly"), standing), 400, "UK.OBIE.Field.Invalid", "Data.Initiation.Frequency");
        yield return new("A standing order whose recurring payments are in euros", Consent(() => DomesticStandingOrder()
            .With("Data.Initiation.RecurringPaymentAmount", Money("20.00", "EUR")), standing), 400, "UK.OBIE.Unsupported.Currency", "Data.Initiation.RecurringPaymentAmount.Currency");
        yield return new("A standing order that ends before it starts", Consent(() => DomesticStandingOrder()
            .With("Data.Initiation.FinalPaymentDateTime", Date(MockAspsp.TestSupport.TestBank.Start.AddHours(2))), standing), 400, "UK.OBIE.Field.InvalidDate", "Data.Initiation.FinalPaymentDateTime");
    }

    private static IEnumerable<PaymentCase> Internationals()
    {
        const string international = "/international-payment-consents";
        yield return new("An international payment in yen", Consent(() => International().With("Data.Initiation.CurrencyOfTransfer", "JPY"), international), 400, "UK.OBIE.Unsupported.Currency", "Data.Initiation.CurrencyOfTransfer");
        yield return new("An agreed rate without its contract", Consent(() => International("100.00", "GBP", new JsonObject
        {
            ["UnitCurrency"] = "GBP", ["ExchangeRate"] = 1.15, ["RateType"] = "Agreed",
        }), international), 400, "UK.OBIE.Field.Expected", "Data.Initiation.ExchangeRateInformation.ContractIdentification");
        yield return new("An actual rate the TPP sets itself", Consent(() => International("100.00", "GBP", new JsonObject
        {
            ["UnitCurrency"] = "GBP", ["ExchangeRate"] = 1.15, ["RateType"] = "Actual",
        }), international), 400, "UK.OBIE.Field.Unexpected", "Data.Initiation.ExchangeRateInformation.ExchangeRate");
        yield return new("A rate for a currency the payment does not use", Consent(() => International("100.00", "GBP", new JsonObject
        {
            ["UnitCurrency"] = "USD", ["RateType"] = "Indicative",
        }), international), 400, "UK.OBIE.Field.Invalid", "Data.Initiation.ExchangeRateInformation.UnitCurrency");
    }

    /// <summary>A file payment consent for <paramref name="declared"/>, then <paramref name="upload"/> of some file to it.</summary>
    private static Func<PaymentSession, Task<HttpResponseMessage>> Upload(JsonObject declared, byte[] file, string mediaType = "application/json", bool twice = false) => async s =>
    {
        var token = await s.ClientToken();
        var consentId = await s.Consent("file-payment-consents", declared, token);
        if (twice)
        {
            (await s.PostBytes($"/file-payment-consents/{consentId}/file", token, file, mediaType)).EnsureSuccessStatusCode();
        }

        s.Context.Mark();
        return await s.PostBytes($"/file-payment-consents/{consentId}/file", token, file, mediaType);
    };

    private static IEnumerable<PaymentCase> Files()
    {
        var file = JsonFile();
        yield return new("A file type the bank does not read", Consent(() => FileConsent(file, "GB.OtherBank.Csv"), "/file-payment-consents"), 400, "UK.OBIE.Field.Invalid", "Data.Initiation.FileType");
        yield return new("A file hash that is not a SHA-256", Consent(() => FileConsent(file).With("Data.Initiation.FileHash", "not-a-hash"), "/file-payment-consents"), 400, "UK.OBIE.Field.Invalid", "Data.Initiation.FileHash");
        yield return new("A file that is not the one the consent hashed", Upload(FileConsent(file), XmlFile()), 400, "UK.OBIE.Resource.ConsentMismatch", "Data.Initiation.FileHash");
        yield return new("A file with fewer payments than the consent says", Upload(FileConsent(file, count: "3"), file), 400, "UK.OBIE.Resource.ConsentMismatch", "Data.Initiation.NumberOfTransactions");
        yield return new("A file whose payments do not sum to the control sum", Upload(FileConsent(file, sum: 30.49m), file), 400, "UK.OBIE.Resource.ConsentMismatch", "Data.Initiation.ControlSum");
        yield return new("A JSON file uploaded as XML", Upload(FileConsent(file), file, "application/xml"), 415, "UK.OBIE.Header.Invalid", "Content-Type");
        yield return new("A file uploaded twice", Upload(FileConsent(file), file, twice: true), 400, "UK.OBIE.Resource.InvalidConsentStatus", "ConsentId");
        var notJson = "this is not a payment file"u8.ToArray();
        yield return new("A file that cannot be read", Upload(FileConsent(notJson), notJson), 400, "UK.OBIE.Resource.InvalidFormat");
        var euros = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(file).Replace("\"GBP\"", "\"EUR\"", StringComparison.Ordinal));
        yield return new("A file with a payment in euros", Upload(FileConsent(euros), euros), 400, "UK.OBIE.Unsupported.Currency");
    }

    private static IEnumerable<PaymentCase> Keys()
    {
        Func<PaymentSession, Task<HttpResponseMessage>> WithKey(string key) => async s =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, Domestic().ToJsonString(), key: key);
        };
        yield return new("A consent without x-idempotency-key", WithKey(""), 400, "UK.OBIE.Header.Missing", "x-idempotency-key");
        yield return new("An x-idempotency-key of 41 characters", WithKey(new string('k', 41)), 400, "UK.OBIE.Header.Invalid", "x-idempotency-key");
        yield return new("An x-idempotency-key ending in a space", WithKey("key-1 "), 400, "UK.OBIE.Header.Invalid", "x-idempotency-key");
        yield return new("An x-idempotency-key used before for another body", async s =>
        {
            var token = await s.ClientToken();
            (await s.Post(DomesticConsents, token, Domestic().ToJsonString(), key: "reused")).EnsureSuccessStatusCode();
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, Domestic("1.00").ToJsonString(), key: "reused");
        }, 400, "UK.OBIE.Header.Invalid", "x-idempotency-key");
        yield return new("An x-idempotency-key used before on another endpoint", async s =>
        {
            var token = await s.ClientToken();
            var body = Domestic().ToJsonString();
            (await s.Post(DomesticConsents, token, body, key: "reused")).EnsureSuccessStatusCode();
            s.Context.Mark();
            return await s.Post("/international-payment-consents", token, body, key: "reused");
        }, 400, "UK.OBIE.Header.Invalid", "x-idempotency-key");
    }

    private static IEnumerable<PaymentCase> Signatures()
    {
        const string signature = "x-jws-signature";
        yield return new("A consent without x-jws-signature", Signed((_, _) => ""), 400, "UK.OBIE.Signature.Missing", signature);
        yield return new("A signature with the payload attached", Signed((s, body) =>
        {
            var parts = s.Sign(body).Split('.');
            return $"{parts[0]}.{Base64Url.EncodeToString(body)}.{parts[2]}";
        }), 400, "UK.OBIE.Signature.Malformed", signature);
        yield return new("A signature whose header is not JSON", Signed((s, body) => $"{Base64Url.EncodeToString("not json"u8)}..{s.Sign(body).Split('.')[2]}"), 400, "UK.OBIE.Signature.Malformed", signature);
        yield return new("A signature that is not a JWS at all", Signed((_, _) => "signed-by-me"), 400, "UK.OBIE.Signature.Malformed", signature);
        yield return new("A signature with alg none", Signed(Header(h => h["alg"] = "none")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature with alg HS256", Signed(Header(h => h["alg"] = "HS256")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature with an algorithm the client did not register", Signed(Header(h => h["alg"] = "RS256")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature without kid", Signed(Header(h => h.Remove("kid"))), 400, "UK.OBIE.Signature.MissingClaim", signature);
        yield return new("A signature with a kid the client never registered", Signed(Header(h => h["kid"] = "someone-elses-key")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature with b64 on v3.1.4 or later", Signed((s, body) => s.Sign(body, s.Header(b64False: true), unencoded: true)), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A legacy bank's signature without b64", Signed((s, body) => s.Sign(body)), 400, "UK.OBIE.Signature.MissingClaim", signature, o => o with { JwsB64False = true });
        yield return new("A legacy bank's signature with b64 true", Signed((s, body) =>
        {
            var header = s.Header(b64False: true);
            header["b64"] = true;
            return s.Sign(body, header);
        }), 400, "UK.OBIE.Signature.InvalidClaim", signature, o => o with { JwsB64False = true });
        yield return new("A signature with another TPP's iss", Signed(Header(h => h[TestJws.Iss] = $"{ClientDirectory.DemoOrgId}/obfx-demo-private-key-jwt")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature with another trust anchor", Signed(Header(h => h[TestJws.Tan] = "example.com")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature without iat", Signed(Header(h => h.Remove(TestJws.Iat))), 400, "UK.OBIE.Signature.MissingClaim", signature);
        yield return new("A signature whose iat is a string", Signed(Header(h => h[TestJws.Iat] = "1795435200")), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature issued ten minutes from now", Signed(Header(h => h[TestJws.Iat] = MockAspsp.TestSupport.TestBank.Start.AddMinutes(10).ToUnixTimeSeconds())), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature issued 25 hours ago", Signed(Header(h => h[TestJws.Iat] = MockAspsp.TestSupport.TestBank.Start.AddHours(-25).ToUnixTimeSeconds())), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature without crit", Signed(Header(h => h.Remove("crit"))), 400, "UK.OBIE.Signature.MissingClaim", signature);
        yield return new("A signature whose crit leaves out tan", Signed(Header(h => h["crit"] = new JsonArray(TestJws.Iat, TestJws.Iss))), 400, "UK.OBIE.Signature.InvalidClaim", signature);
        yield return new("A signature over another body", Signed((s, body) => s.Sign([.. body, (byte)' '])), 400, "UK.OBIE.Signature.Invalid", signature);
        yield return new("A signature by a stranger's key under the client's kid", Signed((s, body) => TestJws.Sign(RSA.Create(2048), s.Header(), body)), 400, "UK.OBIE.Signature.Invalid", signature);
        yield return new("A signature with the encoded payload where the legacy bank wants it raw", Signed((s, body) =>
        {
            var header = s.Header(b64False: true);
            return s.Sign(body, header, unencoded: false);
        }), 400, "UK.OBIE.Signature.Invalid", signature, o => o with { JwsB64False = true });
        yield return new("A GET with an x-jws-signature", async s =>
        {
            var token = await s.ClientToken();
            var consentId = await s.Consent("domestic-payment-consents", Domestic(), token);
            s.Context.Mark();
            return await s.Get($"{DomesticConsents}/{consentId}", token, r => r.Headers.TryAddWithoutValidation("x-jws-signature", s.Sign([])));
        }, 400, "UK.OBIE.Signature.Unexpected", signature);
    }

    private static IEnumerable<PaymentCase> Tokens()
    {
        yield return new("A consent with a token for accounts only", async s =>
        {
            var token = await s.ClientToken("accounts");
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, Domestic().ToJsonString());
        }, 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return new("A consent with a PSU's token", Authorised(async (s, _, token, _) =>
        {
            s.Context.Mark();
            return await s.Post(DomesticConsents, token, Domestic().ToJsonString());
        }), 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return new("A submission with a client credentials token", Authorised(async (s, consentId, _, body) =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).ToJsonString());
        }), 401, "invalid_token");
        yield return new("A submission with an account access consent's token", Authorised(async (s, consentId, _, body) =>
        {
            var (_, grant) = await s.Context.Authorised();
            s.Context.Mark();
            return await s.Post("/domestic-payments", grant.AccessToken, PaymentSession.Submission(consentId, body).ToJsonString());
        }), 403, "UK.OBIE.Resource.ConsentMismatch");
        yield return new("A funds confirmation with a client credentials token", Authorised(async (s, consentId, _, _) =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Get($"{DomesticConsents}/{consentId}/funds-confirmation", token);
        }), 401, "invalid_token");
        yield return new("A payment consent authorised with the accounts scope", async s =>
        {
            var consentId = await s.Consent("domestic-payment-consents", Domestic());
            s.Context.Mark();
            var url = s.ConsentUrl(consentId, "openid accounts");
            return await s.Context.Headless(url, "amelia", "amelia-pass");
        }, 400, "invalid_scope");
    }

    private static IEnumerable<PaymentCase> Submissions()
    {
        yield return new("A submission naming another consent", Authorised(async (s, consentId, token, body) =>
        {
            var other = await s.Consent("domestic-payment-consents", Domestic());
            s.Context.Mark();
            return await s.Post("/domestic-payments", token, PaymentSession.Submission(other, body).ToJsonString());
        }), 400, "UK.OBIE.Resource.ConsentMismatch", "ConsentId");
        yield return new("A submission for more than the consent", Authorised(async (s, consentId, token, body) =>
        {
            s.Context.Mark();
            return await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).With("Data.Initiation.InstructedAmount.Amount", "999.00").ToJsonString());
        }), 400, "UK.OBIE.Resource.ConsentMismatch", "Data.Initiation");
        yield return new("A submission without its ConsentId", Authorised(async (s, consentId, token, body) =>
        {
            s.Context.Mark();
            return await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).Without("Data.ConsentId").ToJsonString());
        }), 400, "UK.OBIE.Field.Missing", "Data.ConsentId");
        yield return new("A domestic consent submitted as an international payment", Authorised(async (s, consentId, token, _) =>
        {
            var international = International();
            s.Context.Mark();
            return await s.Post("/international-payments", token, PaymentSession.Submission(consentId, international).ToJsonString());
        }), 400, "UK.OBIE.Resource.ConsentMismatch", "ConsentId");
        yield return new("A second submission of a consumed consent", Authorised(async (s, consentId, token, body) =>
        {
            (await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).ToJsonString())).EnsureSuccessStatusCode();
            s.Context.Mark();
            return await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).ToJsonString());
        }), 400, "UK.OBIE.Resource.InvalidConsentStatus");
        yield return new("A submission after the consent's cut-off", Authorised(async (s, consentId, token, body) =>
        {
            s.Bank.Time.Advance(TimeSpan.FromMinutes(31));
            s.Context.Mark();
            return await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).ToJsonString());
        }), 400, "UK.OBIE.Rules.AfterCutOffDateTime", Options: o => o with { CutOffTimeUtc = new TimeSpan(12, 30, 0) });
    }

    private static IEnumerable<PaymentCase> Reads()
    {
        yield return new("A consent that does not exist", async s =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Get($"{DomesticConsents}/dpc-unknown", token);
        }, 400, "UK.OBIE.Resource.NotFound", "ConsentId");
        yield return new("Another client's consent", async s =>
        {
            var consentId = await s.Consent("domestic-payment-consents", Domestic());
            using var other = await s.Context.Token(BadRequestContext.Fields(("grant_type", "client_credentials"), ("scope", "payments")),
                BadRequestContext.BasicAuth(BadRequestContext.Basic, DemoSecrets.Basic));
            var token = JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
            s.Context.Mark();
            return await s.Get($"{DomesticConsents}/{consentId}", token);
        }, 400, "UK.OBIE.Resource.NotFound", "ConsentId");
        yield return new("A domestic consent read as an international one", async s =>
        {
            var token = await s.ClientToken();
            var consentId = await s.Consent("domestic-payment-consents", Domestic(), token);
            s.Context.Mark();
            return await s.Get($"/international-payment-consents/{consentId}", token);
        }, 400, "UK.OBIE.Resource.NotFound", "ConsentId");
        yield return new("A payment that does not exist", async s =>
        {
            var token = await s.ClientToken();
            s.Context.Mark();
            return await s.Get("/domestic-payments/dp-unknown", token);
        }, 400, "UK.OBIE.Resource.NotFound", "DomesticPaymentId");
        yield return new("Funds confirmation on a consumed consent", Authorised(async (s, consentId, token, body) =>
        {
            (await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).ToJsonString())).EnsureSuccessStatusCode();
            s.Context.Mark();
            return await s.Get($"{DomesticConsents}/{consentId}/funds-confirmation", token);
        }), 400, "UK.OBIE.Resource.InvalidConsentStatus", "ConsentId");
    }
}
