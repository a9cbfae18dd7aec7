using LanguageExt;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.EndToEnd;

/// <summary>The README's payment code, as written there, against the mock bank: if it stops compiling or working, this fails.</summary>
public class PaymentReadmeExampleTests
{
    [Test]
    public async Task The_payment_pipelines()
    {
        await using var bank = await TestBank.StartAsync(o => o with { SettlementStartSeconds = 0, SettlementCompleteSeconds = 0 });
        var validated = bank.Config("obfx-demo-private-key-jwt");
        var http = bank.Interpreter(bank.Transport);
        var written = new List<string>();

        var payments = new PaymentClient(validated, http, bank.Time, IdSource.Sequential());

        var consent = new DomesticPaymentConsentRequest(new DomesticPaymentInitiation(
            InstructionIdentification: "INV-2026-0412",
            EndToEndIdentification: "E2E-2026-0412",
            InstructedAmount: new PaymentAmount(165.88m, "GBP"),
            CreditorAccount: PaymentAccount.SortCodeAccountNumber("08-08-00", "21325698", "ACME Inc"),
            RemittanceInformation: new RemittanceInformation(Reference: "INV-2026-0412")))
        { Risk = new PaymentRisk(PaymentContextCode.PartyToParty) };

        var begun = await payments.BeginPayment(PaymentInitiation.CreateDomesticPaymentConsent(consent)).ToEither();
        var pending = begun.IfLeft(e => throw new InvalidOperationException(e.ToString()));
        written.Add($"Send the PSU to {pending.ConsentUrl.Url.AbsoluteUri}");

        var redirectUrlThePsuLandedOn = Headless.RedirectUrl(await http.Send(Headless.Approval(pending.ConsentUrl.Url, "amelia")).Right());

        var paid = await payments.CompleteAndPay(PaymentKinds.Domestic, pending, redirectUrlThePsuLandedOn).ToEither();
        paid.Match(
            Right: outcome => written.Add($"{outcome.Progress.PaymentId}: {outcome.Progress.Status}"),
            Left: error => written.Add(error.ToString()));

        Assert.That(written[0], Does.StartWith("Send the PSU to https://mock-aspsp.test/authorize?"));
        Assert.That(written[1], Does.Match("^dp-[0-9a-f-]+: AcceptedSettlementCompleted$"));
    }

    [Test]
    public async Task A_prepared_submission()
    {
        await using var bank = await TestBank.StartAsync();
        var http = bank.Interpreter(bank.Transport);
        var payments = new PaymentClient(bank.Config("obfx-demo-private-key-jwt"), http, bank.Time, IdSource.Sequential());
        var pending = await payments.BeginPayment(PaymentInitiation.CreateDomesticPaymentConsent(PaymentScript.Domestic())).Right();
        var redirect = Headless.RedirectUrl(await http.Send(Headless.Approval(pending.ConsentUrl.Url, "amelia")).Right());
        var psuToken = (await payments.CompleteAuthorisation(pending, redirect).Right()).AccessToken;
        var consent = pending.Consent;

        var prepared = payments.Prepare(psuToken, PaymentInitiation.CreateDomesticPayment(DomesticPaymentRequest.For(consent)));
        var sent = await prepared.ToAsync().Bind(p => payments.Submit(p)).ToEither();

        Assert.That(sent.Right().ConsentId, Is.EqualTo(consent.ConsentId));
        Assert.That(prepared.Right().IdempotencyKey, Is.Not.Empty);
    }
}
