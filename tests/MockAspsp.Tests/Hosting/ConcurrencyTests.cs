using OpenBanking.Core.Accounts;
using System.Collections.Concurrent;
using System.Net;
using MockAspsp.Domain;
using MockAspsp.Tests.Negative;
using MockAspsp.Seed;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;
using static MockAspsp.Tests.Negative.BadRequestContext;

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
                from accounts in client.Send(grant.AccessToken, AccountInformation.Accounts())
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

    private const int AtOnce = 24;

    public static IEnumerable<TestCaseData> SingleUse()
    {
        yield return new TestCaseData(new Func<BadRequestContext, Task<Func<Task<HttpResponseMessage>>>>(async c =>
        {
            // tls_client_auth: exchanging the code needs no assertion, so only the code is contended for.
            var pending = await c.Pending(Tls);
            var redirect = await c.HeadlessRedirect(pending.ConsentUrl.Url);
            var code = FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).First(p => p.Key == "code").Value;
            return () => c.Token(Fields(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Redirect), ("client_id", Tls)));
        })).SetName("The same authorisation code exchanged 24 times at once succeeds once");
        yield return new TestCaseData(new Func<BadRequestContext, Task<Func<Task<HttpResponseMessage>>>>(c =>
        {
            var assertion = c.Sign(c.AssertionClaims());
            return Task.FromResult<Func<Task<HttpResponseMessage>>>(() => c.WithAssertion(assertion));
        })).SetName("The same client assertion sent 24 times at once authenticates once");
        yield return new TestCaseData(new Func<BadRequestContext, Task<Func<Task<HttpResponseMessage>>>>(async c =>
        {
            var pending = await c.Pending();
            return () => c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");
        })).SetName("The same consent approved 24 times at once is authorised once");
    }

    [TestCaseSource(nameof(SingleUse))]
    public async Task A_single_use_credential_fired_at_once_succeeds_exactly_once(Func<BadRequestContext, Task<Func<Task<HttpResponseMessage>>>> arrange)
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var send = await arrange(c);
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, AtOnce).Select(async _ =>
        {
            await barrier.Task;
            using var response = await send();
            return response.StatusCode;
        }).ToList();

        barrier.SetResult();
        var statuses = await Task.WhenAll(requests);

        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", statuses));
        Assert.That(statuses.Where(s => s != HttpStatusCode.OK), Has.All.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized));
    }
}
