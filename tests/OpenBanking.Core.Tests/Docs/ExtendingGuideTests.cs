using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Api;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;
using OpenBanking.Core.Tests.Flows;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Docs;

/// <summary>
/// The worked examples of docs/extending.md ("Add an operation", "Add an API family"), as written there, against the
/// scripted bank: if the guide's C# stops compiling or working, this fails. The one difference from the guide: the
/// models are registered in <see cref="GuideJsonContext"/> here, where the library registers them in <c>ObJsonContext</c>.
/// </summary>
public class ExtendingGuideTests
{
    private const string Cbpii = "https://rs.aspsp.example.com/open-banking/v3.1/cbpii";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_operation_is_one_table_entry_whose_request_can_be_built_and_printed_without_sending_it()
    {
        var call = FundsConfirmations.ConfirmFunds("cbpii-consent-1", "Purchase01", new ObAmount(20.00m, "GBP"));

        var request = call.Build(new CallContext(TestConfig.Valid(), "access-token", "iid-1", Now)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(call.Operation, Is.EqualTo("POST funds-confirmations"));
            Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(request.Uri.AbsoluteUri, Is.EqualTo($"{Cbpii}/funds-confirmations"));
            Assert.That(request.Headers, Is.EqualTo(new[]
            {
                KeyValuePair.Create("Authorization", "Bearer access-token"),
                KeyValuePair.Create("Accept", "application/json"),
                KeyValuePair.Create("x-fapi-interaction-id", "iid-1"),
            }));
            Assert.That(request.Body.ContentType, Is.EqualTo("application/json"));
            Assert.That(request.Body.ToString(), Is.EqualTo(
                """{"Data":{"ConsentId":"cbpii-consent-1","Reference":"Purchase01","InstructedAmount":{"Amount":"20.00","Currency":"GBP"}}}"""));
            Assert.That(request.ToString(), Does.StartWith($"POST {Cbpii}/funds-confirmations [Authorization: Bearer ***, "));
        });
    }

    [Test]
    public void An_operation_parses_its_answer_and_refuses_an_empty_id_before_building_a_request()
    {
        var call = FundsConfirmations.ConfirmFunds("cbpii-consent-1", "Purchase01", new ObAmount(20.00m, "GBP"));

        var parsed = call.Parse(ScriptedBank.Json(201, FundsConfirmationAnswer));
        var wrongStatus = call.Parse(ScriptedBank.Json(200, FundsConfirmationAnswer));
        var noConsent = FundsConfirmations.ConfirmFunds(" ", "Purchase01", new ObAmount(20.00m, "GBP"))
            .Build(new CallContext(TestConfig.Valid(), "access-token", "iid-1", Now));

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Right(), Is.EqualTo(new FundsConfirmation(
                "cbpii-confirmation-1", "cbpii-consent-1", Now, true, "Purchase01", new ObAmount(20.00m, "GBP"))));
            Assert.That(wrongStatus.Left(), Is.InstanceOf<ParseError>());
            Assert.That(noConsent.Left(), Is.EqualTo(new ValidationError("consent_id", "the ConsentId is empty")));
        });
    }

    [Test]
    public async Task A_new_family_runs_the_consent_authorisation_flow_and_a_call_against_a_scripted_bank()
    {
        var http = new ScriptedBank(Bank);
        var client = new OpenBankingClient(TestConfig.Valid(), http, new FakeTimeProvider(Now));
        var debtor = new CashAccount("UK.OBIE.SortCodeAccountNumber", "11280001234567", "Amelia Clarke");

        // token (scope fundsconfirmations) → consent → consent URL with the signed request object
        var pending = (await client.BeginAuthorisation(FundsConfirmations.CreateConsent(debtor), FundsConfirmations.Family.Scope).ToEither())
            .IfLeft(e => throw new InvalidOperationException(e.ToString()));
        var redirectUrlThePsuLandedOn = FakeBank.Redirect(pending.ConsentUrl, Now);

        // callback → id_token checks → code exchange, then the family's call with the PSU's token
        var result = await (
            from grant in client.CompleteAuthorisation(pending, redirectUrlThePsuLandedOn)
            from confirmation in client.Send(grant.AccessToken, FundsConfirmations.ConfirmFunds(grant.ConsentId, "Purchase01", new ObAmount(20.00m, "GBP")))
            select confirmation).ToEither();

        var sent = http.Requests;
        Assert.Multiple(() =>
        {
            Assert.That(result.Right().FundsAvailable, Is.True);
            Assert.That(pending.Consent, Is.EqualTo(new FundsConfirmationConsent(
                FakeBank.ConsentId, ConsentStatus.AwaitingAuthorisation, Now, Now, debtor)));
            Assert.That(sent.Select(r => $"{r.Method} {r.Uri.AbsoluteUri}"), Is.EqualTo(new[]
            {
                "POST https://aspsp.example.com/token",
                $"POST {Cbpii}/funds-confirmation-consents",
                "GET https://aspsp.example.com/jwks",
                "POST https://aspsp.example.com/token",
                $"POST {Cbpii}/funds-confirmations",
            }));
            Assert.That(((RequestBody.Form)sent[0].Body)["scope"], Is.EqualTo("fundsconfirmations"));
            Assert.That(sent[1].Header("Authorization"), Is.EqualTo("Bearer client-access-token"));
            Assert.That(sent[1].Body.ToString(), Is.EqualTo(
                """{"Data":{"DebtorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"11280001234567","Name":"Amelia Clarke"}}}"""));
            Assert.That(pending.ConsentUrl.Url.Query, Does.Contain("scope=openid%20fundsconfirmations"));
            Assert.That(sent[4].Header("Authorization"), Is.EqualTo("Bearer user-access-token"));
        });
    }

    private const string FundsConfirmationAnswer = """
        {"Data":{"FundsConfirmationId":"cbpii-confirmation-1","ConsentId":"cbpii-consent-1","CreationDateTime":"2026-11-23T12:00:00+00:00",
                 "FundsAvailable":true,"Reference":"Purchase01","InstructedAmount":{"Amount":"20.00","Currency":"GBP"}},
         "Links":{"Self":"x"},"Meta":{}}
        """;

    private static Either<OpenBankingError, HttpResponseSpec> Bank(HttpRequestSpec request) =>
        (request.Method.Method, request.Uri.AbsolutePath) switch
        {
            ("POST", "/open-banking/v3.1/cbpii/funds-confirmation-consents") => ScriptedBank.Json(201, $$$"""
                {"Data":{"ConsentId":"{{{FakeBank.ConsentId}}}","Status":"AwaitingAuthorisation","CreationDateTime":"2026-11-23T12:00:00+00:00",
                         "StatusUpdateDateTime":"2026-11-23T12:00:00+00:00",
                         "DebtorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"11280001234567","Name":"Amelia Clarke"}},
                 "Links":{"Self":"x"},"Meta":{}}
                """),
            ("POST", "/open-banking/v3.1/cbpii/funds-confirmations") => ScriptedBank.Json(201, FundsConfirmationAnswer),
            _ => FakeBank.Answer(request),
        };
}

// --- docs/extending.md, "Add an API family" and "Add an operation": the table, as the guide writes it ---

/// <summary>The Confirmation of Funds API v3.1.11 as a table: the family and its operations.</summary>
internal static class FundsConfirmations
{
    /// <summary>Base path <c>/open-banking/v3.1/cbpii</c> (<c>cbpii_base_path</c>), scope <c>fundsconfirmations</c>.</summary>
    public static ApiFamily Family { get; } = new("Confirmation of Funds API", "cbpii", "fundsconfirmations", "/funds-confirmation-consents");

    /// <summary>POST /funds-confirmation-consents (OBFundsConfirmationConsent1), with the client credentials token.</summary>
    public static ApiCall<FundsConfirmationConsent> CreateConsent(CashAccount debtorAccount, DateTimeOffset? expiration = null) =>
        Family.Call("POST funds-confirmation-consents", HttpMethod.Post, _ => Family.ConsentPath,
            (response, operation) => ObJson.Read(response, GuideJsonContext.Default.ReadDocumentFundsConfirmationConsent, operation, 201,
                "an OBFundsConfirmationConsentResponse1 document").Map(document => document.Data),
            body: _ => new RequestBody.Json(ConsentBody(debtorAccount, expiration)));

    /// <summary>POST /funds-confirmations (OBFundsConfirmation1), with the PSU's token: are the funds there?</summary>
    public static ApiCall<FundsConfirmation> ConfirmFunds(string consentId, string reference, ObAmount amount) =>
        Family.Call("POST funds-confirmations", HttpMethod.Post, _ => "/funds-confirmations",
            (response, operation) => ObJson.Read(response, GuideJsonContext.Default.ReadDocumentFundsConfirmation, operation, 201,
                "an OBFundsConfirmationResponse1 document").Map(document => document.Data),
            body: _ => string.IsNullOrWhiteSpace(consentId)
                ? new ValidationError("consent_id", "the ConsentId is empty")
                : new RequestBody.Json(new JsonObject
                {
                    ["Data"] = new JsonObject
                    {
                        ["ConsentId"] = consentId,
                        ["Reference"] = reference,
                        ["InstructedAmount"] = new JsonObject
                        {
                            ["Amount"] = amount.Amount.ToString(CultureInfo.InvariantCulture),
                            ["Currency"] = amount.Currency,
                        },
                    },
                }.ToJsonString()));

    // OBFundsConfirmationConsent1: optional members are left out, not sent as null.
    private static string ConsentBody(CashAccount debtorAccount, DateTimeOffset? expiration)
    {
        var account = new JsonObject { ["SchemeName"] = debtorAccount.SchemeName, ["Identification"] = debtorAccount.Identification };
        if (debtorAccount.Name is { } name)
        {
            account["Name"] = name;
        }

        var data = new JsonObject { ["DebtorAccount"] = account };
        if (expiration is { } expires)
        {
            data["ExpirationDateTime"] = IsoDateTime.Format(expires);
        }

        return new JsonObject { ["Data"] = data }.ToJsonString();
    }
}

/// <summary>OBFundsConfirmationConsentResponse1 <c>Data</c>: the consent the flow authorises.</summary>
internal sealed record FundsConfirmationConsent(
    string ConsentId,
    ConsentStatus Status,
    DateTimeOffset CreationDateTime,
    DateTimeOffset StatusUpdateDateTime,
    CashAccount DebtorAccount,
    DateTimeOffset? ExpirationDateTime = null) : IConsent;

/// <summary>OBFundsConfirmationResponse1 <c>Data</c>: the bank's answer.</summary>
internal sealed record FundsConfirmation(
    string FundsConfirmationId,
    string ConsentId,
    DateTimeOffset CreationDateTime,
    bool FundsAvailable,
    string Reference,
    ObAmount InstructedAmount);

/// <summary>The guide's models, with the options of the library's <c>ObJsonContext</c> (where the library registers them).</summary>
[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ReadDocument<FundsConfirmationConsent>))]
[JsonSerializable(typeof(ReadDocument<FundsConfirmation>))]
internal sealed partial class GuideJsonContext : JsonSerializerContext;
