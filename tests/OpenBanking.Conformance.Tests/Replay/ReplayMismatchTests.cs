using System.Text.Json.Nodes;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>A request the recording does not hold is a Left naming the exchange, the operation and each difference precisely.</summary>
public class ReplayMismatchTests
{
    private const string Aisp = "/open-banking/v3.1/aisp";

    [Test]
    public async Task A_different_permission_is_refused_at_its_index_in_the_consent_body()
    {
        var replaying = new Replaying("private_key_jwt");
        var consent = FlowScript.Consent(replaying.Now) with
        {
            Permissions = [ObPermission.ReadAccountsDetail, ObPermission.ReadBeneficiariesDetail, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits],
        };

        var error = await replaying.Client.BeginAccountAccess(consent).Left();

        var mismatch = replaying.Replay.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("replay"));
            Assert.That(mismatch.Exchange, Is.EqualTo(2));
            Assert.That(mismatch.Operation, Is.EqualTo("POST account-access-consents"));
            Assert.That(mismatch.Differences, Is.EqualTo(new[] { Difference("$.request.body.Data.Permissions[1]", "\"ReadBalances\"", "\"ReadBeneficiariesDetail\"") }));
            Assert.That(error.Message, Is.EqualTo(
                "Check 'replay' failed: exchange 2 (POST account-access-consents) differs from the recording in 1 place: "
                + "$.request.body.Data.Permissions[1]: expected \"ReadBalances\", actual \"ReadBeneficiariesDetail\" "
                + "['fixtures/recorded/private_key_jwt.json', exchange 2 of 11]"));
            Assert.That(replaying.Replay.Used, Is.EqualTo(1), "a refused request uses no exchange");
        });
    }

    [Test]
    public async Task A_missing_header_is_refused_even_where_its_value_may_differ()
    {
        var replaying = new Replaying("private_key_jwt", wrap: replay => new Altering(replay, "GET accounts", r => Altering.WithoutHeader(r, "x-fapi-interaction-id")));
        var (_, grant) = await replaying.Granted().Right();

        var error = await replaying.Client.Send(grant.AccessToken, AccountInformation.Accounts()).Left();

        var mismatch = replaying.Replay.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mismatch.Exchange, Is.EqualTo(6));
            Assert.That(mismatch.Operation, Is.EqualTo("GET accounts"));
            Assert.That(mismatch.Differences, Is.EqualTo(new[] { Difference("$.request.headers.x-fapi-interaction-id", "\"00000000-0000-4000-8000-000000000007\"", "(absent)") }));
            Assert.That(error.Message, Does.Contain("exchange 6 (GET accounts)").And.Contain("$.request.headers.x-fapi-interaction-id: expected \"00000000-0000-4000-8000-000000000007\", actual (absent)"));
        });
    }

    [Test]
    public async Task An_extra_query_parameter_is_refused_by_name()
    {
        var replaying = new Replaying("client_secret_basic");
        var (_, grant) = await replaying.Granted().Right();
        await replaying.Client.Send(grant.AccessToken, AccountInformation.Accounts()).Right();
        await replaying.Client.Send(grant.AccessToken, AccountInformation.Balances()).Right();

        var error = await replaying.Client.Send(grant.AccessToken, AccountInformation.Transactions(new TransactionQuery(FromBookingDateTime: new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.Zero)))).Left();

        Assert.Multiple(() =>
        {
            Assert.That(replaying.Replay.Mismatches.Single().Differences, Is.EqualTo(new[] { Difference("$.request.query.fromBookingDateTime", "(absent)", "\"2026-10-15T00:00:00\"") }));
            Assert.That(error.Message, Does.Contain("exchange 8 (GET transactions)").And.Contain("$.request.query.fromBookingDateTime: expected (absent), actual \"2026-10-15T00:00:00\""));
        });
    }

    [Test]
    public async Task A_wrong_path_is_refused_with_both_paths_and_both_operation_names()
    {
        var replaying = new Replaying("client_secret_post");
        var (_, grant) = await replaying.Granted().Right();
        await replaying.Client.Send(grant.AccessToken, AccountInformation.Accounts()).Right();

        var error = await replaying.Client.Send(grant.AccessToken, AccountInformation.Balances("1001")).Left();

        var mismatch = replaying.Replay.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mismatch.Operation, Is.EqualTo("GET account balances; recorded as GET balances"));
            Assert.That(mismatch.Differences, Is.EqualTo(new[] { Difference("$.request.path", $"\"{Aisp}/balances\"", $"\"{Aisp}/accounts/1001/balances\"") }));
            Assert.That(error.Message, Does.Contain($"exchange 7 (GET account balances; recorded as GET balances) differs from the recording in 1 place: $.request.path: expected \"{Aisp}/balances\", actual \"{Aisp}/accounts/1001/balances\""));
        });
    }

    [Test]
    public async Task A_wrong_method_is_refused()
    {
        var replaying = new Replaying("tls_client_auth");
        var (pending, grant) = await replaying.Granted().Right();
        await replaying.Client.Send(grant.AccessToken, AccountInformation.Accounts()).Right();
        await replaying.Client.Send(grant.AccessToken, AccountInformation.Balances()).Right();
        await replaying.Client.ReadAll(grant.AccessToken, AccountInformation.Transactions()).Right();

        var error = await replaying.Client.GetConsent(pending.ClientToken.AccessToken, pending.ConsentId).Left();

        Assert.Multiple(() =>
        {
            Assert.That(replaying.Replay.Mismatches.Single().Differences, Is.EqualTo(new[] { Difference("$.request.method", "\"DELETE\"", "\"GET\"") }));
            Assert.That(error.Message, Does.Contain("exchange 11 (GET account-access-consents; recorded as DELETE account-access-consents)"));
        });
    }

    [Test]
    public async Task A_request_after_the_last_exchange_is_refused_and_a_flow_that_stops_early_leaves_exchanges_unused()
    {
        var whole = new Replaying("private_key_jwt");
        var outcome = await whole.Flow().Right();
        var early = new Replaying("private_key_jwt");
        await early.Client.BeginAccountAccess(FlowScript.Consent(early.Now)).Right();

        var after = await whole.Client.Send(outcome.Grant.AccessToken, AccountInformation.Accounts()).Left();

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("replay"));
            Assert.That(after.Message, Is.EqualTo(
                "Check 'replay' failed: request 12 (GET accounts: GET https://mock-aspsp.test/open-banking/v3.1/aisp/accounts) comes after the last of the 11 exchanges recorded in 'fixtures/recorded/private_key_jwt.json'"));
            Assert.That(whole.Replay.AllUsed, Is.True);
            Assert.That(early.Replay.AllUsed, Is.False);
            Assert.That(early.Replay.Unused.Select(e => e.Number), Is.EqualTo(Enumerable.Range(3, 9)));
            Assert.That(early.Replay.Usage, Does.StartWith("2 of 11 exchanges of 'fixtures/recorded/private_key_jwt.json' used; not used: 3 (headless approval), 4 (GET jwks)"));
        });
    }

    [Test]
    public async Task A_refused_request_can_be_followed_by_the_recorded_one()
    {
        var replaying = new Replaying("private_key_jwt");
        var token = await replaying.Client.ClientCredentialsToken().Right();
        var wrong = FlowScript.Consent(replaying.Now) with { TransactionToDateTime = null };

        var refused = await replaying.Client.CreateConsent(token.AccessToken, wrong).Left();
        var created = await replaying.Client.CreateConsent(token.AccessToken, FlowScript.Consent(replaying.Now)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("$.request.body.Data.TransactionToDateTime: expected \"2026-10-31T23:59:59+00:00\", actual (absent)"));
            Assert.That(created.ConsentId, Is.EqualTo("aac-00000000-0000-4000-a000-000000000003"));
            Assert.That(replaying.Replay.Used, Is.EqualTo(2));
        });
    }

    [TestCase("client_secret_basic")]
    [TestCase("client_secret_post")]
    public async Task A_client_secret_is_neither_compared_nor_printed(string authMethod)
    {
        const string secret = "a-real-looking-secret-Qx7!";
        var traffic = RecordedFixtures.Read(authMethod);
        var withSecret = new Replaying(traffic, ReplaySetup.Config(traffic, c => c with { ClientSecret = secret }));
        var wrongScope = new Replaying(traffic, ReplaySetup.Config(traffic, c => c with { ClientSecret = secret, Scope = "openid payments" }));

        var token = await withSecret.Client.ClientCredentialsToken().Right();
        var error = await wrongScope.Client.ClientCredentialsToken().Left();

        Assert.Multiple(() =>
        {
            Assert.That(token.AccessToken, Is.EqualTo("<access_token>"), "another secret than the recorded one is no difference: the recording has none");
            Assert.That(wrongScope.Replay.Mismatches.Single().Differences, Is.EqualTo(new[] { Difference("$.request.body.scope", "\"accounts\"", "\"payments\"") }));
            Assert.That(error.Message, Does.Not.Contain(secret).And.Not.Contain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(secret))));
        });
    }

    [Test]
    public async Task A_recorded_exchange_without_an_answer_is_a_transport_error()
    {
        var request = new RecordedRequest("GET", new Uri("https://bank.example/jwks"), [Build.H("Accept", "application/json")], RecordedBody.None, "GET jwks");
        var replay = new ReplayInterpreter(new RecordedTraffic("in code", new Dictionary<string, string>(), [new Exchange(1, request, null)]));

        var error = await replay.Send(Spec("GET jwks", HttpMethod.Get, "https://bank.example/jwks", [KeyValuePair.Create("Accept", "application/json")])).Left();

        Assert.That(error, Is.TypeOf<TransportError>().With.Property(nameof(TransportError.Host)).EqualTo("bank.example"));
        Assert.That(replay.AllUsed, Is.True);
    }

    [Test]
    public async Task A_response_is_rebuilt_from_the_recorded_status_headers_and_body()
    {
        var request = new RecordedRequest("GET", new Uri("https://bank.example/x"), [], RecordedBody.None);
        var json = new RecordedResponse(200, [Build.H("Content-Type", "application/json"), Build.H("x-fapi-interaction-id", Build.InteractionId)], new RecordedBody.Json(JsonNode.Parse("""{"a":[1,"é"]}""")));
        var text = new RecordedResponse(502, [Build.H("Content-Type", "text/html")], new RecordedBody.Text("<h1>Bad gateway</h1>"));
        var empty = new RecordedResponse(204, [], RecordedBody.None);
        var replay = new ReplayInterpreter(new RecordedTraffic("in code", new Dictionary<string, string>(), [new Exchange(1, request, json), new Exchange(2, request, text), new Exchange(3, request, empty)]));
        var spec = Spec("GET x", HttpMethod.Get, "https://bank.example/x", []);

        var first = await replay.Send(spec).Right();
        var second = await replay.Send(spec).Right();
        var third = await replay.Send(spec).Right();

        Assert.Multiple(() =>
        {
            Assert.That((first.Status, first.MediaType, first.InteractionId), Is.EqualTo((200, "application/json", Build.InteractionId)));
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(first.BodyText), JsonNode.Parse("""{"a":[1,"é"]}""")), Is.True, first.BodyText);
            Assert.That((second.Status, second.BodyText), Is.EqualTo((502, "<h1>Bad gateway</h1>")));
            Assert.That((third.Status, third.Body.Length), Is.EqualTo((204, 0)));
        });
    }

    [Test]
    public void Cancellation_throws_as_the_interpreter_contract_says()
    {
        var replay = new ReplayInterpreter(RecordedFixtures.Read("private_key_jwt"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => replay.Send(Spec("x", HttpMethod.Get, "https://bank.example/x", []), cancelled.Token));
        Assert.That(replay.Used, Is.Zero);
    }

    private static ReplayDifference Difference(string path, string expected, string actual) => new(ReplayPath.Parse(path), expected, actual);

    private static HttpRequestSpec Spec(string operation, HttpMethod method, string url, EquatableList<KeyValuePair<string, string>> headers) =>
        new(operation, method, new Uri(url), headers, RequestBody.None);
}
