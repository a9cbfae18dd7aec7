using OpenBanking.Core.Accounts;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Support;

namespace OpenBanking.Core.Tests.Lifecycle;

/// <summary>The README's lifecycle example, as it is written there, against a scripted v4.0 bank.</summary>
public class LifecycleReadmeExampleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_readme_example_checks_the_consent_refreshes_once_and_keeps_the_new_tokens()
    {
        var resources = new Queue<HttpResponseSpec>(
        [
            ScriptedBank.Json(200, V4Bodies.Consent("AUTH")),
            ScriptedBank.Json(401, V4Bodies.Error("401", "U999", "")),
            ScriptedBank.Json(200, """{"Data":{"Account":[{"AccountId":"22289","Currency":"GBP"}]},"Links":{"Self":"x"}}"""),
        ]);
        var bank = new ScriptedBank(r => r.Uri.AbsolutePath == "/token"
            ? ScriptedBank.Json(200, """{"access_token":"new-access","token_type":"Bearer","expires_in":300,"refresh_token":"new-refresh"}""")
            : resources.Dequeue());
        var config = TestConfig.Validated(TestConfig.Raw() with { ApiVersion = "4.0" });
        var client = new AccountInformationClient(config, bank, new FakeTimeProvider(Now), IdSource.Sequential());
        var stored = new TokenResponse("old-access", "Bearer", Now, "old-refresh", null, null);
        var consentId = V4Bodies.ConsentId;
        var clientToken = "client-token";
        var saved = new List<TokenResponse>();

        // --- README example starts ---
        var usable = await client.CheckConsent(clientToken, consentId).ToEither();
        var said = usable.Match(
            Right: consent => $"consent {consent.ConsentId} is {consent.Status}",
            Left: error => error.ToString());

        var outcome = await client.CallWithRefresh(stored, (token, ct) => client.Send(token, AccountInformation.Accounts(), cancellationToken: ct), consentId);
        saved.Add(outcome.Tokens); // the refreshed tokens when Refreshed is true: store them
        var shown = outcome.Result.Match(
            Right: page => $"{page.Items.Count} account(s)",
            Left: error => error switch
            {
                ReauthenticateError => "the PSU must authorise again: start a new consent",
                ConsentNotUsableError notUsable => $"the consent cannot be used: {notUsable.Problem}",
                ApiError { Meaning: ApiErrorMeaning.FieldMissing } => "a required field is missing",
                _ => error.ToString(),
            });
        // --- README example ends ---

        Assert.Multiple(() =>
        {
            Assert.That(said, Is.EqualTo($"consent {consentId} is Authorised"));
            Assert.That(shown, Is.EqualTo("1 account(s)"));
            Assert.That(outcome.Refreshed, Is.True);
            Assert.That(saved.Single().AccessToken, Is.EqualTo("new-access"));
            Assert.That(bank.Requests.Select(r => r.Uri.AbsolutePath), Has.All.StartWith("/open-banking/v4.0/aisp/").Or.EqualTo("/token"));
        });
    }
}
