using System.Text.Json;
using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Api;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Flows;

/// <summary>
/// The extension point is real: a made-up API family of two operations, declared in a few lines outside the library, runs
/// the shared consent-authorisation flow and a call against a scripted bank.
/// </summary>
public class ApiFamilyExtensionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_made_up_family_runs_the_consent_authorisation_flow_and_a_call()
    {
        var bank = new ScriptedBank(WidgetBank);
        var client = new OpenBankingClient(TestConfig.Validated(TestConfig.Raw() with { ApiVersion = "4.0" }), bank, new FakeTimeProvider(Now), IdSource.Sequential());

        var pending = await client.BeginAuthorisation(Widgets.CreateConsent("blue"), Widgets.Family.Scope).Right();
        var result = await (
            from grant in client.CompleteAuthorisation(pending, FakeBank.Redirect(pending.ConsentUrl, Now))
            from widget in client.Send(grant.AccessToken, Widgets.Widget("w-7"))
            select (grant, widget)).Right();

        var requests = bank.Requests;
        Assert.Multiple(() =>
        {
            Assert.That(pending.Consent, Is.EqualTo(new WidgetConsent(FakeBank.ConsentId, "AwaitingAuthorisation")));
            Assert.That(pending.ConsentUrl.Url.Query, Does.Contain("scope=openid%20widgets"));
            Assert.That(result.grant.ConsentId, Is.EqualTo(FakeBank.ConsentId));
            Assert.That(result.grant.IdToken.ConsentId, Is.EqualTo(FakeBank.ConsentId));
            Assert.That(result.widget, Is.EqualTo(new Widget("w-7", "blue")));
            Assert.That(requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}"), Is.EqualTo(new[]
            {
                "POST /token", "POST /open-banking/v4.0/widgets/widget-consents", "GET /jwks", "POST /token", "GET /open-banking/v4.0/widgets/widgets/w-7",
            }));
            Assert.That(((RequestBody.Form)requests[0].Body)["scope"], Is.EqualTo("widgets"));
            Assert.That(requests[1].Header("Authorization"), Is.EqualTo("Bearer client-access-token"));
            Assert.That(requests[4].Header("Authorization"), Is.EqualTo("Bearer user-access-token"));
            Assert.That(requests[4].Header("x-fapi-interaction-id"), Is.Not.Null);
        });
    }

    [Test]
    public void A_call_of_a_made_up_family_builds_without_sending_and_refuses_bad_input_as_a_value()
    {
        var config = TestConfig.Validated(TestConfig.Raw());
        var context = new CallContext(config, "t", "iid-1", Now);

        var request = Widgets.Widget("w 1").Build(context);
        var refused = Widgets.Widget(" ").Build(context);

        Assert.Multiple(() =>
        {
            Assert.That(request.Map(r => r.Uri.AbsoluteUri), Is.EqualTo(Prelude.Right<OpenBankingError, string>(
                "https://rs.aspsp.example.com/open-banking/v3.1/widgets/widgets/w%201")));
            Assert.That(refused.IsLeft, Is.True);
            Assert.That(refused.Swap().Map(e => e is ValidationError { Check: "widget_id" }), Is.EqualTo(Prelude.Right<HttpRequestSpec, bool>(true)));
        });
    }

    private static Either<OpenBankingError, HttpResponseSpec> WidgetBank(HttpRequestSpec request) =>
        (request.Method.Method, request.Uri.AbsolutePath) switch
        {
            ("POST", "/open-banking/v4.0/widgets/widget-consents") =>
                ScriptedBank.Json(201, $$$"""{"Data":{"ConsentId":"{{{FakeBank.ConsentId}}}","Status":"AwaitingAuthorisation","Name":"blue"}}"""),
            ("GET", "/open-banking/v4.0/widgets/widgets/w-7") => ScriptedBank.Json(200, """{"Data":{"WidgetId":"w-7","Name":"blue"}}"""),
            _ => FakeBank.Answer(request),
        };

    private sealed record WidgetConsent(string ConsentId, string Status) : IConsent;

    private sealed record Widget(string WidgetId, string Name);

    // The whole family: a value, its consent call and one operation.
    private static class Widgets
    {
        public static ApiFamily Family { get; } = new("Widget API", "widgets", "widgets", "/widget-consents");

        public static ApiCall<WidgetConsent> CreateConsent(string name) =>
            Family.Call("POST widget-consents", HttpMethod.Post, _ => Family.ConsentPath,
                (response, operation) => Read(response, operation, 201, d => new WidgetConsent(d.GetProperty("ConsentId").GetString()!, d.GetProperty("Status").GetString()!)),
                body: _ => new RequestBody.Json(JsonSerializer.Serialize(new { Data = new { Name = name }, Risk = new { } })));

        public static ApiCall<Widget> Widget(string id) =>
            Family.Call("GET widget", HttpMethod.Get,
                _ => string.IsNullOrWhiteSpace(id) ? new ValidationError("widget_id", "empty") : $"/widgets/{Uri.EscapeDataString(id)}",
                (response, operation) => Read(response, operation, 200, d => new Widget(d.GetProperty("WidgetId").GetString()!, d.GetProperty("Name").GetString()!)));

        private static Either<OpenBankingError, T> Read<T>(HttpResponseSpec response, string operation, int status, Func<JsonElement, T> data) =>
            response.Status == status
                ? data(JsonDocument.Parse(response.Body).RootElement.GetProperty("Data"))
                : new HttpError(response.Status, operation, response.MediaType, "unexpected", response.InteractionId);
    }
}
