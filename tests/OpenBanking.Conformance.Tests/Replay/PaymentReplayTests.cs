using System.Text;
using System.Text.Json.Nodes;
using LanguageExt;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>
/// The library's payment flow of every type, run from the committed recordings with no server at all: every request
/// checked against the recorded one (the x-jws-signature's protected header and the x-idempotency-key included), every
/// answer the recorded one, and every payment answer believed only with the bank's x-jws-signature verified — which the
/// recording scrubbed, so the replay puts it back with the bank's TEST key (see <see cref="RestoredResponseSignatures"/>).
/// Completed with the bare code, as the account replays are: the redirect id_token's c_hash is over a code the
/// recording replaced.
/// </summary>
public class PaymentReplayTests
{
    private static IEnumerable<string> Types => RecordedPayments.Types;

    [TestCaseSource(nameof(Types))]
    public async Task A_payment_replays_from_its_recording_with_every_answer_signature_verified_and_uses_every_exchange(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);
        var replay = new ReplayInterpreter(traffic);
        var signed = new RestoredResponseSignatures(replay);

        var ending = await Pay(traffic, signed).Right();

        var submission = RecordedFixtures.Submission(traffic);
        Assert.Multiple(() =>
        {
            Assert.That(ending.Progress.IsFinal, Is.True, ending.Progress.ToString());
            Assert.That(ending.Progress.Status, Is.AnyOf("AcceptedSettlementCompleted", "InitiationCompleted"));
            Assert.That(ending.History, Is.Not.Empty, "the payment-details");
            Assert.That(ending.IdempotencyKey, Is.EqualTo(submission.Request.Header("x-idempotency-key")), "the recorded submission's key, sent again");
            Assert.That(replay.Mismatches, Is.Empty);
            Assert.That(replay.AllUsed, Is.True, replay.Usage);
            Assert.That(signed.Restored, Is.EqualTo(traffic.Exchanges.Count(e => e.Response?.Header("x-jws-signature") is not null)).And.GreaterThanOrEqualTo(3),
                "the consent, the submission and the payment-details answers, every one verified");
        });
    }

    [TestCaseSource(nameof(Types))]
    public async Task A_scrubbed_answer_signature_is_not_believed(string type)
    {
        // Why the replay restores the signatures: a placeholder is a signature that is there and does not verify, and
        // response_signature: when_present would not excuse it (nor should it).
        var traffic = RecordedFixtures.ReadPayment(type);
        var replay = new ReplayInterpreter(traffic);

        var error = await Pay(traffic, replay).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("x-jws-signature.form"), error.ToString());
        Assert.That(replay.Mismatches, Is.Empty, "the requests matched: the library refused the consent's answer");
    }

    [TestCaseSource(nameof(Types))]
    public async Task A_submission_answer_changed_after_the_bank_signed_it_is_refused_by_its_signature(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);
        var operation = RecordedFixtures.Submission(traffic).Request.Operation!;
        var replay = new ReplayInterpreter(traffic);
        var http = new ChangedAnswer(new RestoredResponseSignatures(replay), operation, body => body["Data"]!["Status"] = "Rejected");

        var error = await Pay(traffic, http).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("x-jws-signature.signature"), error.ToString());
        Assert.That(error.ToString(), Does.Contain(operation));
        Assert.That(http.Changed, Is.EqualTo(1));
    }

    [TestCaseSource(nameof(Types))]
    public async Task A_consent_signed_as_another_software_statement_than_the_recordings_is_refused_by_the_replay(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);
        var replay = new ReplayInterpreter(traffic);
        var other = ReplaySetup.Config(traffic, config => config with { SoftwareStatementId = "another-software-statement" });

        var error = await Pay(traffic, new RestoredResponseSignatures(replay), other).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo(ReplayInterpreter.Check), error.ToString());
        Assert.That(replay.Mismatches.Select(m => (m.Exchange, Paths: string.Join(", ", m.Differences.Select(d => d.Path.ToString())))),
            Is.EqualTo(new[] { (2, "$.request.headers.x-jws-signature.header.http://openbanking.org.uk/iss") }), "the consent's signature header names another issuer");
    }

    private static EitherAsync<OpenBankingError, PaymentScript.Ending> Pay(RecordedTraffic traffic, IRequestInterpreter http, Core.Configuration.ValidatedApiConfig? config = null) =>
        RecordedPayments.Script(traffic.Meta(RecordedPayments.PaymentTypeKey)!)
            .Pay(ReplaySetup.Payments(traffic, http, config), http, traffic.Meta("psu")!, TimeSpan.Zero, PaymentScript.Completion.BareCode);

    /// <summary>Changes the JSON answers to <paramref name="operation"/> on their way back from <paramref name="inner"/>: an answer the bank did not sign.</summary>
    private sealed class ChangedAnswer(IRequestInterpreter inner, string operation, Action<JsonNode> change) : IRequestInterpreter
    {
        public int Changed { get; private set; }

        public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default) =>
            inner.Send(request, cancellationToken).Map(response =>
            {
                if (request.Operation != operation)
                {
                    return response;
                }

                var body = JsonNode.Parse(response.Body.Span)!;
                change(body);
                Changed++;
                return response with { Body = Encoding.UTF8.GetBytes(body.ToJsonString()) };
            });
    }
}
