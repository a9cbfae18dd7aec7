using System.Buffers.Text;
using System.Text;
using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Api;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Submissions;

/// <summary>
/// A submission holds under retries: prepared once, it is sent byte for byte the same (key, body, signature) on every
/// attempt; an outcome that stays unknown comes back as such with its key; the bank's answer is believed only signed.
/// </summary>
public class SubmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private const string BankOrg = "0015800000jf9GgAAI";
    private const string Created = """{"Data":{"ConsentId":"pc-1","Status":"AwaitingAuthorisation"},"Risk":{},"Links":{"Self":"x"},"Meta":{}}""";

    private static readonly ApiFamily Family = new("Payment Initiation API", "pisp", "payments", "/domestic-payment-consents");

    private static ApiCall<string> CreateConsent(string body = """{"Data":{"Initiation":{}},"Risk":{}}""") =>
        Family.Submission("POST domestic-payment-consents", _ => "/domestic-payment-consents",
            (response, operation) => response.Status == 201
                ? Prelude.Right<OpenBankingError, string>(response.BodyText)
                : ResponseErrors.Classify(response, operation),
            _ => new RequestBody.Json(body));

    private static ApiConfig Raw => TestConfig.Raw() with
    {
        OrgId = "0015800001041RHAAY",
        SoftwareStatementId = "Jz3kUs5k9AaAsPMVn1Zy1t",
        AspspOrgId = BankOrg,
        SubmissionRetryDelay = TimeSpan.Zero,
    };

    private static HttpResponseSpec Signed(int status, string body, string? iss = BankOrg, System.Security.Cryptography.RSA? key = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var signer = SigningKey.FromRsa(key ?? TestKeys.BankRsa, JwsAlgorithms.PS256, TestKeys.BankKid);
        var signature = DetachedJws.Sign(signer, bytes, new JwsSignatureClaims(Now, iss ?? "", "openbanking.org.uk")).Right();
        return new HttpResponseSpec(status,
            [KeyValuePair.Create("Content-Type", "application/json"), KeyValuePair.Create(FapiHeaders.JwsSignature, signature)], bytes);
    }

    private static (OpenBankingClient Client, ScriptedBank Bank) ClientAnswering(
        Func<int, HttpRequestSpec, Either<OpenBankingError, HttpResponseSpec>> answer, ApiConfig? config = null, TimeProvider? time = null)
    {
        var attempt = 0;
        var bank = new ScriptedBank(request => request.Uri.AbsolutePath == "/jwks"
            ? ScriptedBank.Json(200, TestKeys.BankJwks.ToJson())
            : answer(Interlocked.Increment(ref attempt), request));
        var client = new OpenBankingClient(TestConfig.Validated(config ?? Raw), bank, time ?? new FakeTimeProvider(Now), IdSource.Sequential());
        return (client, bank);
    }

    private static List<HttpRequestSpec> Submissions(ScriptedBank bank) =>
        bank.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/domestic-payment-consents", StringComparison.Ordinal)).ToList();

    private static readonly TransportError Reset = new("rs.aspsp.example.com", TransportFailure.ConnectionClosed, "connection reset");

    [Test]
    public async Task A_retry_after_a_lost_answer_and_a_503_sends_the_same_key_bytes_and_signature()
    {
        var (client, bank) = ClientAnswering((attempt, _) => attempt switch
        {
            1 => Reset,
            2 => ScriptedBank.Json(503, "<html>busy</html>"),
            _ => Signed(201, Created),
        });

        var created = await client.Send("client-token", CreateConsent()).Right();

        var sent = Submissions(bank);
        Assert.That(created, Is.EqualTo(Created));
        Assert.That(sent, Has.Count.EqualTo(3));
        Assert.That(sent.Distinct().Count(), Is.EqualTo(1), "every attempt is the same request, headers and body");
        Assert.That(sent[0].Header(FapiHeaders.IdempotencyKey), Is.EqualTo("00000000-0000-4000-8000-000000000002"));
        Assert.That(sent[0].Header(FapiHeaders.JwsSignature), Does.Match("^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$"));
    }

    [Test]
    public async Task The_signature_a_submission_carries_verifies_over_the_bytes_it_sends()
    {
        var (client, bank) = ClientAnswering((_, _) => Signed(201, Created));
        var tppKeys = new JsonWebKeySet([JsonWebKey.FromRsa(TestKeys.TppRsa.ExportParameters(false), TestKeys.TppKid, JwsAlgorithms.PS256)]);

        await client.Send("client-token", CreateConsent()).Right();

        var request = Submissions(bank).Single();
        var verified = DetachedJws.Verify(request.Header(FapiHeaders.JwsSignature)!, request.Body.ToBytes(), tppKeys,
            new JwsSignatureExpectations(Now, TimeSpan.Zero, "0015800001041RHAAY/Jz3kUs5k9AaAsPMVn1Zy1t", "openbanking.org.uk", false)).Right();
        Assert.That(verified.IssuedAt, Is.EqualTo(Now));
    }

    [Test]
    public async Task Answers_that_never_settle_the_outcome_give_an_unknown_outcome_with_the_key()
    {
        var (client, bank) = ClientAnswering((attempt, _) => attempt == 2 ? ScriptedBank.Json(502, "") : Reset);

        var error = await client.Send("client-token", CreateConsent()).Left();

        var unknown = (SubmissionOutcomeUnknown)error;
        Assert.That(Submissions(bank), Has.Count.EqualTo(3));
        Assert.That(unknown.Attempts, Is.EqualTo(3));
        Assert.That(unknown.IdempotencyKey, Is.EqualTo(Submissions(bank)[0].Header(FapiHeaders.IdempotencyKey)));
        Assert.That(unknown.LastError, Is.EqualTo(Reset));
        Assert.That(unknown.Message, Does.Contain("outcome is unknown after 3 attempts").And.Contain(unknown.IdempotencyKey));
    }

    [Test]
    public async Task A_prepared_submission_sent_again_later_is_the_same_request()
    {
        var (client, bank) = ClientAnswering((attempt, _) => attempt <= 3 ? Reset : Signed(201, Created));
        var prepared = client.Prepare("client-token", CreateConsent()).Right();

        var first = await client.Submit(prepared).ToEither();
        var second = await client.Submit(prepared).Right();

        Assert.That(first.IsLeft, Is.True);
        Assert.That(second, Is.EqualTo(Created));
        Assert.That(Submissions(bank).Distinct().Single(), Is.EqualTo(prepared.Request));
    }

    [Test]
    public async Task A_400_is_not_retried()
    {
        var (client, bank) = ClientAnswering((_, _) => ScriptedBank.Json(400,
            """{"Code":"400","Message":"bad","Errors":[{"ErrorCode":"UK.OBIE.Field.Invalid","Message":"Amount"}]}"""));

        var error = await client.Send("client-token", CreateConsent()).Left();

        Assert.That(error, Is.TypeOf<ApiError>());
        Assert.That(Submissions(bank), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_429_is_retried_after_the_wait_its_retry_after_asks()
    {
        var time = new WatchedTime(Now);
        var (client, bank) = ClientAnswering((attempt, _) => attempt == 1
            ? new HttpResponseSpec(429, [KeyValuePair.Create("Retry-After", "7")], Array.Empty<byte>())
            : Signed(201, Created), time: time);

        var sending = client.Send("client-token", CreateConsent()).ToEither();
        await time.WaitForTimers(1);
        time.Advance(TimeSpan.FromSeconds(6));
        var earlyCount = Submissions(bank).Count;
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await sending;

        Assert.That(earlyCount, Is.EqualTo(1), "nothing is sent again before Retry-After has passed");
        Assert.That(result.IsRight, Is.True);
        Assert.That(Submissions(bank), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Waits_double_between_attempts()
    {
        var time = new WatchedTime(Now);
        var (client, bank) = ClientAnswering((attempt, _) => attempt < 3 ? Reset : Signed(201, Created),
            Raw with { SubmissionRetryDelay = TimeSpan.FromSeconds(1) }, time);

        var sending = client.Send("client-token", CreateConsent()).ToEither();
        await time.WaitForTimers(1);
        time.Advance(TimeSpan.FromSeconds(1));
        await time.WaitForTimers(2);
        var afterOne = Submissions(bank).Count;
        time.Advance(TimeSpan.FromSeconds(1));
        var afterTwo = Submissions(bank).Count;
        time.Advance(TimeSpan.FromSeconds(1));
        await sending;

        Assert.That((afterOne, afterTwo, Submissions(bank).Count), Is.EqualTo((2, 2, 3)));
    }

    [Test]
    public async Task An_unsigned_answer_is_refused_by_default()
    {
        var (client, _) = ClientAnswering((_, _) => ScriptedBank.Json(201, Created));

        var error = await client.Send("client-token", CreateConsent()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature"));
        Assert.That(error.Message, Does.Contain("when_present"));
    }

    [Test]
    public async Task An_unsigned_answer_is_accepted_when_present_is_configured()
    {
        var (client, _) = ClientAnswering((_, _) => ScriptedBank.Json(201, Created), Raw with { ResponseSignature = "when_present" });

        var created = await client.Send("client-token", CreateConsent()).Right();

        Assert.That(created, Is.EqualTo(Created));
    }

    [Test]
    public async Task A_bad_signature_is_refused_even_when_present_is_configured()
    {
        var (client, _) = ClientAnswering((_, _) => Signed(201, Created, key: TestKeys.OtherRsa), Raw with { ResponseSignature = "when_present" });

        var error = await client.Send("client-token", CreateConsent()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature.signature"));
        Assert.That(error.Message, Does.StartWith("Check 'x-jws-signature.signature' failed: POST domestic-payment-consents:"));
    }

    [Test]
    public async Task An_answer_signed_by_another_organisation_is_refused()
    {
        var (client, _) = ClientAnswering((_, _) => Signed(201, Created, iss: "someone-else"));

        var error = await client.Send("client-token", CreateConsent()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature.iss"));
    }

    [Test]
    public async Task The_banks_keys_are_read_once_for_many_answers()
    {
        var (client, bank) = ClientAnswering((_, _) => Signed(201, Created));

        await client.Send("client-token", CreateConsent()).Right();
        await client.Send("client-token", CreateConsent()).Right();

        Assert.That(bank.Requests.Count(r => r.Uri.AbsolutePath == "/jwks"), Is.EqualTo(1));
    }

    [Test]
    public async Task Each_new_submission_gets_its_own_key()
    {
        var (client, bank) = ClientAnswering((_, _) => Signed(201, Created));

        await client.Send("client-token", CreateConsent()).Right();
        await client.Send("client-token", CreateConsent()).Right();

        var keys = Submissions(bank).Select(r => r.Header(FapiHeaders.IdempotencyKey)).ToList();
        Assert.That(keys.Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void Without_org_id_a_submission_is_not_built()
    {
        var client = new OpenBankingClient(TestConfig.Valid(), new ScriptedBank(_ => Reset), new FakeTimeProvider(Now), IdSource.Sequential());

        var error = client.Prepare("client-token", CreateConsent()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("x-jws-signature"));
        Assert.That(error.Message, Does.Contain("org_id and software_statement_id"));
    }

    [Test]
    public void Without_a_signer_a_submission_is_not_built()
    {
        var config = TestConfig.Validated(Raw with { TokenEndpointAuthMethod = "client_secret_basic", ClientSecret = "s", SigningKey = null, Kid = null });
        var client = new OpenBankingClient(config, new ScriptedBank(_ => Reset), new FakeTimeProvider(Now), IdSource.Sequential());

        var error = client.Prepare("client-token", CreateConsent()).Left();

        Assert.That(error.Message, Does.Contain("signing_key"));
    }

    [TestCase("", "needs an idempotency key")]
    [TestCase(" leading", "white space")]
    [TestCase("trailing ", "white space")]
    [TestCase("01234567890123456789012345678901234567890", "41 characters")]
    [TestCase("caf\u00e9", "non-ASCII")]
    public void A_key_the_spec_does_not_allow_is_refused_before_signing(string key, string reason)
    {
        var context = new CallContext(TestConfig.Validated(Raw), "t", "i", Now, IdempotencyKey: key);

        var error = CreateConsent().Build(context).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo(FapiHeaders.IdempotencyKey));
        Assert.That(error.Message, Does.Contain(reason));
    }

    [Test]
    public void A_forty_character_key_is_sent_as_it_is()
    {
        var key = new string('k', 40);

        var request = CreateConsent().Build(new CallContext(TestConfig.Validated(Raw), "t", "i", Now, IdempotencyKey: key)).Right();

        Assert.That(request.Header(FapiHeaders.IdempotencyKey), Is.EqualTo(key));
    }

    [Test]
    public void A_legacy_bank_gets_the_b64_false_form()
    {
        var config = TestConfig.Validated(Raw with { ApiVersion = "3.1.2" });

        var request = CreateConsent().Build(new CallContext(config, "t", "i", Now, IdempotencyKey: "k")).Right();

        var header = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(request.Header(FapiHeaders.JwsSignature)!.Split('.')[0]));
        Assert.That(header, Does.Contain("\"b64\":false"));
    }

    /// <summary>A fake clock that counts the timers made on it, so a test advances it only once the client is waiting.</summary>
    private sealed class WatchedTime(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _timers;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }

        public async Task WaitForTimers(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Volatile.Read(ref _timers) < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }

            Assert.That(Volatile.Read(ref _timers), Is.GreaterThanOrEqualTo(count), "the client never started waiting");
        }
    }
}
