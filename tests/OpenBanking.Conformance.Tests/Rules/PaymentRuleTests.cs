using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;
using static OpenBanking.Conformance.Tests.Support.Build;
using static OpenBanking.Conformance.Tests.Support.PaymentTraffic;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>What the payment rules leave alone, each beside what they find, so every test fails without its rule.</summary>
public class PaymentRuleTests
{
    private const string ConsentKey = "3b2f8a52-7c1e-4e0b-9d6a-1f2e3d4c5b6a";

    private static List<string> Found(RecordedTraffic traffic, string ruleId) =>
        [.. Checker.Check(traffic, [RuleCatalogue.Find(ruleId)!]).Violations.Select(v => $"#{v.Exchange} {v.Path}")];

    [Test]
    public void A_signature_a_fixture_replaced_by_a_placeholder_is_not_reported_unverifiable_and_a_real_one_is()
    {
        var scrubbed = WithKeys(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey), keys: false);
        var real = WithKeys(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, SignedOver(SignatureHeader(), Text(DomesticConsent()))), keys: false);

        Assert.Multiple(() =>
        {
            Assert.That(Found(scrubbed, "TPP-JWS-010"), Is.Empty);
            Assert.That(Found(real, "TPP-JWS-010"), Is.EqualTo(new[] { "#1 $.request.headers.x-jws-signature" }));
        });
    }

    [Test]
    public void A_signature_verifies_over_a_body_the_default_serialiser_escaped_as_well_as_over_the_librarys_compact_form()
    {
        var body = DomesticConsent().With(c => c["Data"]!["Initiation"]!["RemittanceInformation"]!["Reference"] = "R&D <Q4>");
        var escaped = body.ToJsonString();

        var traffic = WithKeys(Post("/domestic-payment-consents", body, ConsentKey, SignedOver(SignatureHeader(), escaped)));

        Assert.Multiple(() =>
        {
            Assert.That(escaped, Does.Contain("\\u0026"), "System.Text.Json's default encoder escapes &");
            Assert.That(Found(traffic, "TPP-JWS-009"), Is.Empty);
            Assert.That(Found(WithKeys(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, SignedOver(SignatureHeader(), escaped))), "TPP-JWS-009"),
                Is.EqualTo(new[] { "#1 $.request.headers.x-jws-signature" }), "another body");
        });
    }

    [Test]
    public void A_payment_signed_over_an_indented_body_verifies_when_read_from_a_har_file_as_it_was_sent()
    {
        var sent = DomesticConsent().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var request = Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, SignedOver(SignatureHeader(), sent));
        var har = new JsonObject
        {
            ["log"] = new JsonObject
            {
                ["version"] = "1.2",
                ["creator"] = new JsonObject { ["name"] = "mitmproxy", ["version"] = "11" },
                ["entries"] = new JsonArray(new JsonObject
                {
                    ["startedDateTime"] = "2026-11-23T12:00:00Z",
                    ["time"] = 40,
                    ["request"] = new JsonObject
                    {
                        ["method"] = "POST",
                        ["url"] = request.Url.AbsoluteUri,
                        ["headers"] = new JsonArray([.. request.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Key, ["value"] = h.Value })]),
                        ["postData"] = new JsonObject { ["mimeType"] = "application/json", ["text"] = sent },
                    },
                    ["response"] = new JsonObject { ["status"] = 0 },
                }),
            },
        }.ToJsonString();

        var traffic = EitherAssert.Right(TrafficReader.Read(har, "capture.har"));
        var keyed = traffic with { Metadata = new Dictionary<string, string>(traffic.Metadata) { ["client_jwks"] = Jwks() } };
        var tampered = keyed with
        {
            Exchanges = [.. keyed.Exchanges.Select(e => e with { Request = e.Request with { Body = new RecordedBody.Json(DomesticConsent()) { Sent = sent.Replace("165.88", "165.89", StringComparison.Ordinal) } } })],
        };

        Assert.Multiple(() =>
        {
            Assert.That(((RecordedBody.Json)traffic.Exchanges[0].Request.Body).Sent, Is.EqualTo(sent), "the reader keeps the text as sent");
            Assert.That(Found(keyed, "TPP-JWS-009"), Is.Empty);
            Assert.That(Found(tampered, "TPP-JWS-009"), Is.EqualTo(new[] { "#1 $.request.headers.x-jws-signature" }));
        });
    }

    [Test]
    public void A_value_that_is_not_a_detached_jws_is_left_to_tpp_hdr_009()
    {
        var attached = Recording(Exchange(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, "eyJhbGciOiJub25lIn0.eyJEYXRhIjp7fX0.c2ln")));
        var detached = Recording(Exchange(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey, "eyJhbGciOiJub25lIn0..c2ln")));

        Assert.Multiple(() =>
        {
            Assert.That(Found(attached, "TPP-JWS-001"), Is.Empty);
            Assert.That(Found(attached, "TPP-HDR-009"), Is.Not.Empty);
            Assert.That(Found(detached, "TPP-JWS-001"), Is.EqualTo(new[] { "#1 $.request.headers.x-jws-signature.header.alg" }), "alg none");
        });
    }

    [Test]
    public void A_key_sent_again_more_than_a_day_later_is_a_new_key_to_the_bank()
    {
        var other = DomesticConsent().With(c => c["Data"]!["Initiation"]!["InstructionIdentification"] = "ACME413");
        RecordedTraffic Apart(TimeSpan gap) => Recording(
            Exchange(Post("/domestic-payment-consents", DomesticConsent(), ConsentKey)) with { StartedAt = DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture) },
            Exchange(Post("/domestic-payment-consents", other, ConsentKey)) with { StartedAt = DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture) + gap });

        Assert.Multiple(() =>
        {
            Assert.That(Found(Apart(TimeSpan.FromHours(25)), "TPP-IDM-002"), Is.Empty);
            Assert.That(Found(Apart(TimeSpan.FromHours(23)), "TPP-IDM-002"), Is.EqualTo(new[] { "#2 $.request.headers.x-idempotency-key" }));
        });
    }

    [Test]
    public void An_initiation_with_its_members_in_another_order_is_the_consents_initiation()
    {
        var reordered = DomesticPayment(DomesticConsent()).With(p =>
        {
            var initiation = (JsonObject)p["Data"]!["Initiation"]!;
            p["Data"]!["Initiation"] = new JsonObject(initiation.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
        });
        var changed = reordered.With(p => p["Data"]!["Initiation"]!["EndToEndIdentification"] = "FRESCO.21302.GFX.21");

        Assert.Multiple(() =>
        {
            Assert.That(reordered["Data"]!["Initiation"]!.AsObject().First().Key, Is.EqualTo("RemittanceInformation"));
            Assert.That(Found(Domestic(reordered), "TPP-PIS-001"), Is.Empty);
            Assert.That(Found(Domestic(changed), "TPP-PIS-001"), Is.EqualTo(new[] { "#2 $.request.body.Data.Initiation.EndToEndIdentification" }));
        });
    }

    [Test]
    public void A_payment_under_a_consent_the_recording_did_not_create_is_not_compared_and_one_under_a_consent_it_created_is()
    {
        var changed = DomesticPayment(DomesticConsent()).With(p => p["Data"]!["Initiation"]!["InstructedAmount"]!["Amount"] = "1.00");
        var elsewhere = changed.With(p => p["Data"]!["ConsentId"] = "pdc-from-yesterday");

        Assert.Multiple(() =>
        {
            Assert.That(Found(Domestic(elsewhere), "TPP-PIS-001"), Is.Empty);
            Assert.That(Found(Domestic(changed), "TPP-PIS-001"), Is.EqualTo(new[] { "#2 $.request.body.Data.Initiation.InstructedAmount.Amount" }));
        });
    }
}
