using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>
/// The library's whole account-information flow, run from the committed recordings with no server at all: every
/// request checked against the recorded one, every answer the recorded one, the token response's id_token verified
/// with its kept signature against the recorded JWKS (the bank's TEST key).
/// </summary>
public partial class ReplayFlowTests
{
    private static readonly string[] FlowOperations =
    [
        "token request (client_credentials)", "POST account-access-consents", "headless approval", "GET jwks", "token request (authorization_code)",
        "GET accounts", "GET balances", "GET transactions", "GET next page", "GET next page", "DELETE account-access-consents",
    ];

    private static IEnumerable<string> AuthMethods => RecordedFlows.AuthMethods;

    [TestCaseSource(nameof(AuthMethods))]
    public async Task The_whole_flow_replays_from_the_recording_and_uses_every_exchange(string authMethod)
    {
        var replaying = new Replaying(authMethod);

        var outcome = await replaying.Flow().Right();

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Accounts.Items.Select(a => a.AccountId), Is.EqualTo(new[] { "1001", "1002", "1003", "1004" }));
            Assert.That(outcome.Balances.Items, Has.Count.EqualTo(12));
            Assert.That(outcome.Transactions, Has.Count.GreaterThan(25), "more than one page");
            Assert.That(outcome.Transactions.Select(t => t.TransactionId), Is.Unique);
            Assert.That(outcome.Grant.IdToken.ConsentId, Is.EqualTo(outcome.Grant.ConsentId), "the verified id_token's openbanking_intent_id");
            Assert.That(outcome.Grant.IdToken.Acr, Is.EqualTo("urn:openbanking:psd2:sca"));
            Assert.That(replaying.Replay.Mismatches, Is.Empty);
            Assert.That(replaying.Replay.AllUsed, Is.True, replaying.Replay.Usage);
            Assert.That(replaying.Traffic.Exchanges.Select(e => e.Request.Operation), Is.EqualTo(FlowOperations), "the recording is the whole flow");
        });
    }

    [TestCaseSource(nameof(AuthMethods))]
    public async Task A_token_response_id_token_changed_after_signing_is_refused_by_its_signature(string authMethod)
    {
        var tampered = new Replaying(WithTokenIdToken(RecordedFixtures.Read(authMethod), claims => claims["acr"] = "urn:openbanking:psd2:ca"));

        var error = await tampered.Flow().Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("id_token.signature"), error.ToString());
        Assert.That(tampered.Replay.Mismatches, Is.Empty, "the requests still matched: the library refused the answer");
    }

    [Test]
    public async Task The_redirect_id_token_verifies_up_to_its_c_hash_which_the_code_placeholder_cannot_match()
    {
        // The hybrid completion checks the redirect's id_token in this order: alg, kid, signature, iss, aud, exp, iat,
        // auth_time, acr, nonce, c_hash. Failing at c_hash proves everything before it held; c_hash is over the real
        // code, which the recording replaced with <code>: why the replays complete with the bare code.
        var replaying = new Replaying("private_key_jwt");

        var error = await FlowScriptHybrid(replaying).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("id_token.c_hash"), error.ToString());
    }

    [TestCaseSource(nameof(AuthMethods))]
    public void The_recorded_jwks_is_the_committed_test_key_and_the_fixture_says_so(string authMethod)
    {
        var traffic = RecordedFixtures.Read(authMethod);
        var jwks = traffic.Exchanges.Single(e => e.Request.Operation == "GET jwks").Response!;
        var key = JsonWebKeySet.Parse(((RecordedBody.Json)jwks.Body).Value!.ToJsonString()).Right().Keys.Single();
        var testKey = TestPki.BankSigningPublicKey();
        var keyFile = Path.Combine(RecordedFixtures.Folder, TestPki.BankSigningTestKey);

        Assert.Multiple(() =>
        {
            Assert.That(key.Kid, Is.EqualTo(MockPki.BankSigningKid));
            Assert.That(key.N, Is.EqualTo(System.Buffers.Text.Base64Url.EncodeToString(testKey.Modulus)), "the JWKS holds the TEST key's modulus");
            Assert.That(traffic.Meta("id_token_signatures"), Does.Contain("TEST key").And.Contain($"fixtures/recorded/{TestPki.BankSigningTestKey}"));
            Assert.That(File.ReadAllText(keyFile), Does.StartWith("TEST KEY - NOT A SECRET"), "the key beside the fixture is marked as a test key");
        });
    }

    [TestCaseSource(nameof(AuthMethods))]
    public void A_fixture_holds_no_secret_and_only_id_tokens_keep_signatures(string authMethod)
    {
        var text = File.ReadAllText(RecordedFixtures.PathOf(authMethod));
        var signed = SignedJws().Matches(text).Select(m => JsonValues(m.Groups["header"].Value)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(DemoSecrets.Basic).And.Not.Contain(DemoSecrets.Post).And.Not.Contain("amelia-pass"));
            Assert.That(MockSecret().Matches(text), Is.Empty, "no token or code the mock issued (at-NNNN, rt-NNNN, code-NNNN)");
            Assert.That(text, Does.Contain("<code>").And.Contain("<access_token>").And.Contain("<password>"));
            Assert.That(text, Does.Not.Contain("PRIVATE KEY"));
            Assert.That(signed, Has.Count.EqualTo(2), "the redirect's and the token response's id_tokens");
            Assert.That(signed.Select(h => h["kid"]!.GetValue<string>()), Is.All.EqualTo(MockPki.BankSigningKid), "only the bank's id_tokens are signed");
        });
    }

    private static LanguageExt.EitherAsync<OpenBankingError, FlowScript.Outcome> FlowScriptHybrid(Replaying replaying) =>
        FlowScript.Run(replaying.Client, replaying.Http, replaying.Psu, replaying.Now, FlowScript.Hybrid);

    /// <summary>The recording with the token response's id_token claims changed and its signature kept.</summary>
    private static RecordedTraffic WithTokenIdToken(RecordedTraffic traffic, Action<JsonObject> change) =>
        traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e =>
            {
                if (e.Request.Operation != "token request (authorization_code)")
                {
                    return e;
                }

                var body = ((RecordedBody.Json)e.Response!.Body).Value!.DeepClone().AsObject();
                var parts = body["id_token"]!.GetValue<string>().Split('.');
                var claims = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]))!.AsObject();
                change(claims);
                body["id_token"] = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(claims.ToJsonString()))}.{parts[2]}";
                return e with { Response = e.Response with { Body = new RecordedBody.Json(body) } };
            })],
        };

    private static JsonObject JsonValues(string base64Url) => JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(base64Url))!.AsObject();

    [GeneratedRegex(@"(?<header>eyJ[A-Za-z0-9_-]*)\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+")]
    private static partial Regex SignedJws();

    [GeneratedRegex(@"\b(at|rt|code|session)-[0-9]{4}\b")]
    private static partial Regex MockSecret();
}
