using System.Collections.Concurrent;
using MockAspsp.Domain;
using MockAspsp.Seed;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.Hosting;

public class ConcurrencyTests
{
    [Test]
    public async Task A_hundred_flows_at_once_lose_and_cross_nothing()
    {
        await using var bank = await TestBank.StartAsync();
        string[] clients = ["obfx-demo-private-key-jwt", "obfx-demo-client-secret-basic", "obfx-demo-client-secret-post", "obfx-demo-tls-client-auth"];
        string[] psus = ["amelia", "oliver", "northwind"];
        var outcomes = new ConcurrentBag<(string Psu, string ConsentId, IReadOnlyList<string> Accounts)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 100 }, async (i, cancellation) =>
        {
            var http = bank.Interpreter(bank.Transport);
            var client = new AccountInformationClient(bank.Config(clients[i % clients.Length]), http, bank.Time, IdSource.Random);
            var psu = psus[i % psus.Length];
            var result = await (
                from pending in client.BeginAccountAccess(cancellationToken: cancellation)
                from approval in http.Send(Headless.Approval(pending.ConsentUrl.Url, psu))
                from grant in client.CompleteAccountAccess(pending, Headless.RedirectUrl(approval))
                from accounts in client.Accounts(grant.AccessToken)
                select (psu, grant.ConsentId, (IReadOnlyList<string>)accounts.Items.Select(a => a.AccountId).ToList())).Right();
            outcomes.Add(result);
        });

        var state = bank.State;
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Has.Count.EqualTo(100));
            Assert.That(outcomes.Select(o => o.ConsentId), Is.Unique);
            Assert.That(state.Consents, Has.Count.EqualTo(100));
            Assert.That(state.Consents.Values.Select(c => c.Status), Has.All.EqualTo(ConsentStatus.Authorised));
            foreach (var (psu, consentId, accounts) in outcomes)
            {
                Assert.That(state.Consents[consentId].Customer, Is.EqualTo(psu), consentId);
                Assert.That(accounts, Is.EqualTo(SeedData.Bank.AccountsOf(psu).Select(a => a.AccountId)), $"{psu} saw only their own accounts");
            }
        });
    }
}
