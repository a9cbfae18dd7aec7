using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using NUnit.Framework;

namespace MockAspsp.Tests.Pisp;

public class IdempotencyAndSigningTests
{
    private const string Consents = "/domestic-payment-consents";
    private const string Payments = "/domestic-payments";

    [Test]
    public async Task The_same_key_and_body_again_creates_no_second_consent_and_answers_with_the_first()
    {
        await using var s = await PaymentSession.StartAsync();
        var token = await s.ClientToken();
        var body = PaymentBodies.Domestic().ToJsonString();
        var signature = s.Sign(Encoding.UTF8.GetBytes(body));

        using var first = await s.Post(Consents, token, body, key: "consent-once", signature: signature);
        using var again = await s.Post(Consents, token, body, key: "consent-once", signature: signature);

        Assert.That((int)again.StatusCode, Is.EqualTo(201));
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(s.Bank.State.PaymentConsents, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_retried_submission_gets_the_same_payment_and_the_bank_holds_one_payment_and_one_debit()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();
        var consentId = await s.Consent(Consents[1..], body);
        var token = await s.Authorise(consentId);
        var submission = PaymentSession.Submission(consentId, body).ToJsonString();
        var signature = s.Sign(Encoding.UTF8.GetBytes(submission));

        using var first = await s.Post(Payments, token, submission, key: "pay-once", signature: signature);
        s.Bank.Time.Advance(TimeSpan.FromSeconds(30));
        using var retry = await s.Post(Payments, token, submission, key: "pay-once", signature: signature);

        var firstPayment = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("Data");
        var retried = JsonDocument.Parse(await retry.Content.ReadAsStringAsync()).RootElement.GetProperty("Data");
        Assert.That((int)retry.StatusCode, Is.EqualTo(201));
        Assert.That(retried.GetProperty("DomesticPaymentId").GetString(), Is.EqualTo(firstPayment.GetProperty("DomesticPaymentId").GetString()));
        Assert.That(retried.GetProperty("Status").GetString(), Is.EqualTo("AcceptedSettlementCompleted"), "a repeat answers with the resource's current status");
        Assert.That(s.Bank.State.Payments, Has.Count.EqualTo(1));
        var debits = MockAspsp.Features.Pisp.Ledger.Debits(s.Bank.State, "1001", s.Bank.Time.GetUtcNow(), s.Bank.Bank.Options);
        Assert.That(debits, Has.Count.EqualTo(1));
        Assert.That(debits[0].Amount, Is.EqualTo(165.88m));
    }

    [Test]
    public async Task A_key_is_remembered_for_24_hours_and_then_may_be_used_afresh()
    {
        await using var s = await PaymentSession.StartAsync(o => o with { AccessTokenLifetimeSeconds = 2 * 24 * 3600 });
        var token = await s.ClientToken();

        using var first = await s.Post(Consents, token, PaymentBodies.Domestic().ToJsonString(), key: "daily");
        s.Bank.Time.Advance(TimeSpan.FromHours(23));
        using var within = await s.Post(Consents, token, PaymentBodies.Domestic("2.00").ToJsonString(), key: "daily");
        s.Bank.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var after = await s.Post(Consents, token, PaymentBodies.Domestic("2.00").ToJsonString(), key: "daily");

        Assert.That((int)within.StatusCode, Is.EqualTo(400));
        Assert.That((int)after.StatusCode, Is.EqualTo(201), await after.Content.ReadAsStringAsync());
        Assert.That(s.Bank.State.PaymentConsents, Has.Count.EqualTo(2));
        Assert.That(s.Bank.State.IdempotentRequests.Values.Single().ExpiresAt, Is.EqualTo(s.Bank.Time.GetUtcNow().AddHours(24)));
    }

    [Test]
    public async Task Keys_belong_to_their_client_so_two_TPPs_may_use_the_same_one()
    {
        await using var s = await PaymentSession.StartAsync();
        var token = await s.ClientToken();

        using var mine = await s.Post(Consents, token, PaymentBodies.Domestic().ToJsonString(), key: "shared");
        var theirs = MockAspsp.Features.Pisp.Idempotency.Once(s.Bank.State,
            new MockAspsp.Features.Pisp.Idempotency.Request("obfx-demo-private-key-jwt", "shared", $"POST {PaymentSession.Base}{Consents}", "other-hash"),
            s.Bank.Time.GetUtcNow(), state => (state, "created-for-them"));

        Assert.That((int)mine.StatusCode, Is.EqualTo(201));
        Assert.That(theirs.Result.Map(o => o.Replayed).IfLeft(true), Is.False);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Every_success_is_signed_over_the_exact_bytes_with_the_key_the_bank_publishes(bool legacy)
    {
        await using var s = await PaymentSession.StartAsync(o => o with { JwsB64False = legacy });
        var body = PaymentBodies.Domestic().ToJsonString();
        var token = await s.ClientToken();
        var signature = s.Sign(Encoding.UTF8.GetBytes(body), s.Header(b64False: legacy), unencoded: legacy);

        using var created = await s.Post(Consents, token, body, signature: signature);
        var consentId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("ConsentId").GetString();
        using var read = await s.Get($"{Consents}/{consentId}", token);
        var jwks = new JsonWebKeySet(await s.Context.Http().GetStringAsync("/jwks"));

        foreach (var response in new[] { created, read })
        {
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var jws = response.Headers.GetValues("x-jws-signature").Single();
            var header = TestJws.DecodeHeader(jws);
            var key = jwks.Keys.Single(k => k.Kid == header.GetProperty("kid").GetString());
            using var rsa = RSA.Create(new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes(key.N), Exponent = Base64UrlEncoder.DecodeBytes(key.E) });
            var parts = jws.Split('.');

            Assert.That(parts[1], Is.Empty, "the payload is detached");
            Assert.That(rsa.VerifyData(TestJws.SigningInput(parts[0], bytes, legacy), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pss), Is.True);
            Assert.That(header.GetProperty("alg").GetString(), Is.EqualTo("PS256"));
            Assert.That(header.GetProperty(TestJws.Iss).GetString(), Is.EqualTo("obfx-mock-bank"));
            Assert.That(header.GetProperty(TestJws.Tan).GetString(), Is.EqualTo("openbanking.org.uk"));
            Assert.That(header.GetProperty(TestJws.Iat).GetInt64(), Is.EqualTo(s.Bank.Time.GetUtcNow().ToUnixTimeSeconds()));
            Assert.That(header.GetProperty("crit").EnumerateArray().Select(c => c.GetString()),
                Is.EquivalentTo(legacy ? new[] { "b64", TestJws.Iat, TestJws.Iss, TestJws.Tan } : [TestJws.Iat, TestJws.Iss, TestJws.Tan]));
            Assert.That(header.TryGetProperty("b64", out var b64) ? b64.GetBoolean() : (bool?)null, Is.EqualTo(legacy ? false : null));
        }
    }

    [Test]
    public async Task A_legacy_bank_accepts_the_unencoded_payload_signed_over_the_raw_body()
    {
        await using var s = await PaymentSession.StartAsync(o => o with { JwsB64False = true });
        var body = PaymentBodies.Domestic().ToJsonString();

        using var response = await s.Post(Consents, await s.ClientToken(), body, signature: s.Sign(Encoding.UTF8.GetBytes(body), s.Header(b64False: true), unencoded: true));

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_signature_with_optional_typ_and_cty_is_accepted()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic().ToJsonString();
        var header = s.Header();
        header["typ"] = "JOSE";
        header["cty"] = "application/json";

        using var response = await s.Post(Consents, await s.ClientToken(), body, signature: s.Sign(Encoding.UTF8.GetBytes(body), header));

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }
}
