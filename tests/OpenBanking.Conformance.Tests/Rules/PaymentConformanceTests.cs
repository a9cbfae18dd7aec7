using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>
/// The library's payments and the mock bank's answers keep every rule of the catalogue — the message signing,
/// idempotency and payment rules and the official schemas among them — for every payment type: recorded live and as
/// committed in fixtures/recorded/payment-&lt;type&gt;.json. And the committed fixtures are judged, not passed for want
/// of anything to judge: every payment body meets a schema, and a submission changed after its consent is found.
/// </summary>
public class PaymentConformanceTests
{
    private static IEnumerable<string> Types => RecordedPayments.Types;

    /// <summary>Where each type's submission carries the amount the PSU authorised, under Data.Initiation.</summary>
    private static readonly Dictionary<string, string> Amounts = new(StringComparer.Ordinal)
    {
        ["domestic"] = "InstructedAmount.Amount",
        ["domestic-scheduled"] = "InstructedAmount.Amount",
        ["domestic-standing-order"] = "FirstPaymentAmount.Amount",
        ["international"] = "InstructedAmount.Amount",
        ["international-scheduled"] = "InstructedAmount.Amount",
        ["international-standing-order"] = "InstructedAmount.Amount",
        ["file"] = "ControlSum",
    };

    [TestCaseSource(nameof(Types))]
    public async Task A_live_payment_breaks_no_rule(string type)
    {
        var traffic = RecordedFixtures.Read(await RecordedFixtures.RecordLivePayment(type), $"live {type} payment");

        LibraryAndMockConformanceTests.AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic, traffic.Exchanges.Count);
    }

    [TestCaseSource(nameof(Types))]
    public void A_committed_payment_fixture_breaks_no_rule(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);

        LibraryAndMockConformanceTests.AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic, traffic.Exchanges.Count);
    }

    [TestCaseSource(nameof(Types))]
    public void Every_payment_body_of_a_committed_fixture_is_judged_by_the_official_schema_of_its_operation(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);

        // Every request and answer body of the Payment Initiation API whose operation has a JSON schema for it: the
        // consent, the submission, the funds confirmation and the payment-details. The payment file is the one body
        // the spec gives no JSON schema (its upload is application/json of the file's own format).
        var payments = traffic.Exchanges.Where(e => Endpoint.Of(e.Request, traffic).Operation is { Api: "pisp" }).ToList();
        var judged = payments.SelectMany(e => Bodies(e, Endpoint.Of(e.Request, traffic).Operation!)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(judged, Has.Count.EqualTo(payments.Count(e => e.Request.Body is RecordedBody.Json && !IsFileUpload(e)) + payments.Count(e => e.Response?.Body is RecordedBody.Json)),
                "every JSON body but the payment file has a schema");
            Assert.That(judged, Has.Count.GreaterThanOrEqualTo(5), "the consent and its answer, the submission and its answer, the payment-details");
            Assert.That(judged.Select(j => j.Schema), Has.Some.Contains("Consent").And.Some.EqualTo("OBWritePaymentDetailsResponse1"));
            Assert.That(judged.SelectMany(j => j.Findings.Select(f => $"#{j.Number} {j.Schema} {f.Path}: {f.Detail}")), Is.Empty);
        });

        static IEnumerable<(int Number, string Schema, IReadOnlyList<Finding> Findings)> Bodies(Exchange exchange, SpecOperation operation)
        {
            if (operation.RequestSchema is { } request && exchange.Request.Body is RecordedBody.Json { Value: { } sent })
            {
                yield return (exchange.Number, request, OfficialSchema.Findings(operation, request, sent, "$.request.body"));
            }

            if (exchange.Response is { Body: RecordedBody.Json { Value: { } answer } } response && operation.ResponseSchemas.TryGetValue(response.Status, out var schema))
            {
                yield return (exchange.Number, schema, OfficialSchema.Findings(operation, schema, answer, "$.response.body"));
            }
        }
    }

    [TestCaseSource(nameof(Types))]
    public void A_committed_payment_whose_submission_asks_for_ten_times_the_authorised_amount_is_found_by_TPP_PIS_001(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);
        var submission = RecordedFixtures.Submission(traffic);
        var path = $"Data.Initiation.{Amounts[type]}";
        var body = ((RecordedBody.Json)submission.Request.Body).Value!.DeepClone();
        var authorised = Leaf(body, path);
        JsonEdit.Set(body, path, Tenfold(authorised).ToJsonString());
        var changed = traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e => e.Number == submission.Number ? e with { Request = e.Request with { Body = new RecordedBody.Json(body) } } : e)],
        };

        var report = Checker.Check(changed, RuleCatalogue.All);

        Assert.That(report.Violations.Where(v => v.Rule.Id == "TPP-PIS-001").Select(v => (v.Exchange, v.Path)),
            Is.EqualTo(new[] { (submission.Number, $"$.request.body.{path}") }), $"{type}: {authorised.ToJsonString()} authorised, ten times that submitted");
    }

    [TestCaseSource(nameof(Types))]
    public void A_committed_payment_whose_submission_reuses_its_consents_idempotency_key_is_found_by_TPP_IDM_002(string type)
    {
        var traffic = RecordedFixtures.ReadPayment(type);
        var submission = RecordedFixtures.Submission(traffic);
        var consent = traffic.Exchanges.First(e => e.Request.Method == "POST" && e.Request.Path.EndsWith("-consents", StringComparison.Ordinal));
        var key = consent.Request.Header("x-idempotency-key")!;
        var changed = traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e => e.Number == submission.Number ? e with { Request = e.Request.WithHeader("x-idempotency-key", key) } : e)],
        };

        var report = Checker.Check(changed, RuleCatalogue.All);

        Assert.That(submission.Request.Header("x-idempotency-key"), Is.Not.Null.And.Not.EqualTo(key), "the recording gave each request a key of its own");
        Assert.That(report.Violations.Select(v => (v.Rule.Id, v.Exchange, v.Path)),
            Is.EqualTo(new[] { ("TPP-IDM-002", submission.Number, "$.request.headers.x-idempotency-key") }), string.Join("\n", report.Violations.Select(v => v.Message)));
    }

    [TestCaseSource(nameof(Types))]
    public void Every_payment_post_of_a_committed_fixture_is_signed_and_its_scrubbed_signature_header_is_judged(string type)
    {
        // The fixtures keep each x-jws-signature's protected header (its signature is scrubbed): an issuer that is not
        // {org-id}/{software-statement-id} put into every one of them must be found in every one.
        var traffic = RecordedFixtures.ReadPayment(type);
        var posts = traffic.Exchanges.Where(e => e.Request.Method == "POST" && Endpoint.Of(e.Request, traffic).Operation is { Api: "pisp" }).Select(e => e.Number).ToList();
        var changed = traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e => e.Request.Header("x-jws-signature") is { } jws
                ? e with { Request = e.Request.WithHeader("x-jws-signature", WithIssuer(jws, "obfx-demo-private-key-jwt")) }
                : e)],
        };

        var report = Checker.Check(changed, RuleCatalogue.All);

        Assert.That(posts, Has.Count.GreaterThanOrEqualTo(2), "the consent and the submission");
        Assert.That(traffic.Exchanges.Where(e => e.Request.Header("x-jws-signature") is not null).Select(e => e.Number), Is.EqualTo(posts));
        Assert.That(report.Violations.Select(v => (v.Rule.Id, v.Exchange)),
            Is.EqualTo(posts.Select(n => ("TPP-JWS-004", n))), string.Join("\n", report.Violations.Select(v => $"{v.Rule.Id} #{v.Exchange} {v.Path}: {v.Message}")));
    }

    [Test]
    public void Every_payment_type_has_an_amount_to_change()
    {
        Assert.That(Amounts.Keys, Is.EquivalentTo(RecordedPayments.Types));
    }

    private static JsonNode Leaf(JsonNode root, string path) =>
        path.Split('.').Aggregate(root, (node, name) => node[name] ?? throw new AssertionException($"no {name} in {path}"));

    /// <summary>Ten times an amount, as the spec writes it: a string ("165.88" → "1658.80") or a number (a file's ControlSum).</summary>
    private static JsonValue Tenfold(JsonNode amount) =>
        amount.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? JsonValue.Create((decimal.Parse(amount.GetValue<string>(), CultureInfo.InvariantCulture) * 10).ToString("0.00", CultureInfo.InvariantCulture))
            : JsonValue.Create(amount.GetValue<decimal>() * 10);

    /// <summary>A scrubbed detached JWS (<c>header..&lt;signature&gt;</c>) with its header's http://openbanking.org.uk/iss replaced.</summary>
    private static string WithIssuer(string jws, string issuer)
    {
        var parts = jws.Split('.');
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!.AsObject();
        header["http://openbanking.org.uk/iss"] = issuer;
        return $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()))}..{parts[2]}";
    }

    private static bool IsFileUpload(Exchange exchange) => exchange.Request.Path.EndsWith("/file", StringComparison.Ordinal);
}
