using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;
using OpenBanking.Core.Api;

namespace OpenBanking.Core.Tests.Flows;

/// <summary>
/// The paging stream over any read: every page in order, links absolute or relative, the loop guard, the page limit,
/// Meta.TotalPages, the origin check, laziness and cancellation.
/// </summary>
public class PagingTests
{
    private const string Origin = "https://rs.aspsp.example.com";
    private const string Path = "/open-banking/v3.1/aisp/accounts/22289/standing-orders";

    /// <summary>How page N writes its link to page N+1.</summary>
    public enum LinkStyle
    {
        Absolute,
        AbsolutePath,
        RelativePath,
        QueryOnly,
        Alternating,
    }

    private static string Link(LinkStyle style, int page) => style switch
    {
        LinkStyle.Absolute => $"{Origin}{Path}?page={page}",
        LinkStyle.AbsolutePath => $"{Path}?page={page}",
        LinkStyle.RelativePath => $"standing-orders?page={page}",
        LinkStyle.QueryOnly => $"?page={page}",
        _ => Link((LinkStyle)(page % 4), page),
    };

    private static int PageOf(HttpRequestSpec request) =>
        request.Uri.Query.StartsWith("?page=", StringComparison.Ordinal) ? int.Parse(request.Uri.Query[6..], System.Globalization.CultureInfo.InvariantCulture) : 1;

    /// <summary>A bank with <paramref name="pages"/> pages of two standing orders each; <paramref name="next"/> may rewrite a page's Next link (null: none).</summary>
    private static Func<HttpRequestSpec, Either<OpenBankingError, HttpResponseSpec>> Bank(
        int pages, LinkStyle style = LinkStyle.Absolute, int? totalPages = null, Func<int, string?, string?>? next = null) => request =>
    {
        if (request.Uri.AbsolutePath != Path)
        {
            return ScriptedBank.Json(404, "");
        }

        var page = PageOf(request);
        var link = page < pages ? Link(style, page + 1) : null;
        link = next is null ? link : next(page, link);
        var links = link is null ? "" : $",\"Next\":\"{link}\"";
        var meta = totalPages is { } total ? $"{{\"TotalPages\":{total}}}" : "{}";
        return ScriptedBank.Json(200, $$"""
            {"Data":{"StandingOrder":[
              {"AccountId":"22289","StandingOrderId":"p{{page}}-1","Frequency":"EvryDay"},
              {"AccountId":"22289","StandingOrderId":"p{{page}}-2","Frequency":"EvryWorkgDay"}]},
             "Links":{"Self":"{{Origin}}{{Path}}?page={{page}}"{{links}}},"Meta":{{meta}}}
            """);
    };

    private static (AccountInformationClient Client, ScriptedBank Bank) Client(Func<HttpRequestSpec, Either<OpenBankingError, HttpResponseSpec>> answer)
    {
        var bank = new ScriptedBank(answer);
        return (new AccountInformationClient(TestConfig.Valid(), bank, new FakeTimeProvider(), IdSource.Sequential()), bank);
    }

    private static async Task<List<Either<OpenBankingError, ResourcePage<StandingOrder>>>> Stream(
        AccountInformationClient client, int maxPages = AccountInformationClient.DefaultMaxPages, string accountId = "22289")
    {
        var pages = new List<Either<OpenBankingError, ResourcePage<StandingOrder>>>();
        await foreach (var page in client.Pages("t", AccountInformation.StandingOrders(accountId), maxPages))
        {
            pages.Add(page);
        }

        return pages;
    }

    private static List<string?> Ids(IEnumerable<Either<OpenBankingError, ResourcePage<StandingOrder>>> pages) =>
        pages.Where(p => p.IsRight).SelectMany(p => p.Right().Items).Select(o => o.StandingOrderId).ToList();

    [TestCase(LinkStyle.Absolute)]
    [TestCase(LinkStyle.AbsolutePath)]
    [TestCase(LinkStyle.RelativePath)]
    [TestCase(LinkStyle.QueryOnly)]
    [TestCase(LinkStyle.Alternating)]
    public async Task Every_page_is_read_in_order_whatever_form_the_next_link_takes(LinkStyle style)
    {
        var (client, bank) = Client(Bank(pages: 30, style));

        var pages = await Stream(client);

        Assert.That(pages, Has.Count.EqualTo(30).And.All.Matches<Either<OpenBankingError, ResourcePage<StandingOrder>>>(p => p.IsRight));
        Assert.That(Ids(pages), Is.EqualTo(Enumerable.Range(1, 30).SelectMany(p => new[] { $"p{p}-1", $"p{p}-2" })));
        Assert.That(bank.Requests.Select(r => r.Uri.AbsoluteUri),
            Is.EqualTo(Enumerable.Range(1, 30).Select(p => p == 1 ? $"{Origin}{Path}" : $"{Origin}{Path}?page={p}")));
        Assert.That(bank.Requests.Skip(1).Select(r => r.Operation), Is.All.EqualTo("GET next page"));
        Assert.That(bank.Requests.Select(r => r.Header("x-fapi-interaction-id")), Is.Unique);
        Assert.That(bank.Requests.Select(r => r.Header("Authorization")), Is.All.EqualTo("Bearer t"));
    }

    [Test]
    public async Task Read_all_collects_the_items_of_every_page()
    {
        var (client, _) = Client(Bank(pages: 12, LinkStyle.Alternating, totalPages: 12));

        var orders = await client.ReadAll("t", AccountInformation.StandingOrders("22289")).Right();

        Assert.That(orders, Has.Count.EqualTo(24));
        Assert.That(orders[^1].StandingOrderId, Is.EqualTo("p12-2"));
    }

    [Test]
    public async Task A_next_link_back_to_an_earlier_page_ends_the_stream_with_an_error_after_the_pages_read()
    {
        var (client, bank) = Client(Bank(pages: 10, next: (page, link) => page == 4 ? "?page=2" : link));

        var pages = await Stream(client);

        Assert.That(Ids(pages), Has.Count.EqualTo(8));
        Assert.That(pages[^1].LeftOf<ValidationError, ResourcePage<StandingOrder>>().Check, Is.EqualTo("links.next"));
        Assert.That(pages[^1].Left().Message, Does.Contain("repeats a page already read"));
        Assert.That(bank.Requests, Has.Count.EqualTo(4));
    }

    [TestCase(1, "https://rs.aspsp.example.com/open-banking/v3.1/aisp/accounts/22289/standing-orders")]
    [TestCase(3, "?page=3")]
    [TestCase(3, "/open-banking/v3.1/aisp/accounts/22289/standing-orders?page=1")]
    [TestCase(3, "https://RS.aspsp.example.com/open-banking/v3.1/aisp/accounts/22289/standing-orders?page=2")]
    public async Task A_loop_is_caught_whichever_way_the_link_is_written(int onPage, string loopingLink)
    {
        var (client, bank) = Client(Bank(pages: 10, next: (page, link) => page == onPage ? loopingLink : link));

        var pages = await Stream(client);

        Assert.That(pages[^1].LeftOf<ValidationError, ResourcePage<StandingOrder>>().Check, Is.EqualTo("links.next"));
        Assert.That(bank.Requests, Has.Count.EqualTo(onPage));
    }

    [TestCase("")]
    [TestCase(" ")]
    public async Task An_empty_next_link_means_there_is_no_next_page(string empty)
    {
        var (client, bank) = Client(Bank(pages: 10, next: (page, link) => page == 2 ? empty : link));

        var orders = await client.ReadAll("t", AccountInformation.StandingOrders("22289")).Right();

        Assert.That(orders, Has.Count.EqualTo(4));
        Assert.That(bank.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_stream_stops_at_the_page_limit_with_an_error_naming_it()
    {
        var (client, bank) = Client(Bank(pages: 10));

        var pages = await Stream(client, maxPages: 4);

        Assert.That(Ids(pages), Has.Count.EqualTo(8));
        Assert.That(pages[^1].Left().Message, Does.Contain("more than 4 pages"));
        Assert.That(bank.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task The_page_limit_error_says_how_many_pages_the_bank_announced()
    {
        var (client, _) = Client(Bank(pages: 10, totalPages: 10));

        var error = await client.ReadAll("t", AccountInformation.StandingOrders("22289"), maxPages: 3).Left();

        Assert.That(error.Message, Does.Contain("more than 3 pages (Meta.TotalPages: 10)"));
    }

    [Test]
    public async Task Exactly_max_pages_pages_are_not_an_error()
    {
        var (client, bank) = Client(Bank(pages: 4));

        var orders = await client.ReadAll("t", AccountInformation.StandingOrders("22289"), maxPages: 4).Right();

        Assert.That(orders, Has.Count.EqualTo(8));
        Assert.That(bank.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_next_link_on_the_page_meta_total_pages_calls_the_last_is_an_error()
    {
        var (client, bank) = Client(Bank(pages: 10, totalPages: 3));

        var pages = await Stream(client);

        Assert.That(Ids(pages), Has.Count.EqualTo(6));
        var error = pages[^1].LeftOf<ValidationError, ResourcePage<StandingOrder>>();
        Assert.That(error.Check, Is.EqualTo("meta.total_pages"));
        Assert.That(error.Detail, Does.Contain("page 3").And.Contain("3 pages"));
        Assert.That(bank.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Fewer_pages_than_meta_total_pages_end_quietly()
    {
        var (client, _) = Client(Bank(pages: 2, totalPages: 5));

        var orders = await client.ReadAll("t", AccountInformation.StandingOrders("22289")).Right();

        Assert.That(orders, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_next_link_to_another_origin_ends_the_stream_and_the_token_stays_home()
    {
        var (client, bank) = Client(Bank(pages: 5, next: (page, link) => page == 2 ? "https://evil.example.com/steal?page=3" : link));

        var pages = await Stream(client);

        Assert.That(Ids(pages), Has.Count.EqualTo(4));
        Assert.That(pages[^1].LeftOf<ValidationError, ResourcePage<StandingOrder>>().Detail, Does.Contain("evil.example.com"));
        Assert.That(bank.Requests.Select(r => r.Uri.Host), Is.All.EqualTo("rs.aspsp.example.com"));
    }

    [Test]
    public async Task A_failing_page_ends_the_stream_with_the_banks_error()
    {
        var answer = Bank(pages: 5);
        var (client, bank) = Client(r => PageOf(r) == 3 ? ScriptedBank.Json(500, "") : answer(r));

        var pages = await Stream(client);

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages[^1].LeftOf<HttpError, ResourcePage<StandingOrder>>().Status, Is.EqualTo(500));
        Assert.That(bank.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_first_request_that_cannot_be_built_is_the_only_item_and_nothing_is_sent()
    {
        var (client, bank) = Client(Bank(pages: 5));

        var pages = await Stream(client, accountId: "");

        Assert.That(pages.Single().LeftOf<ValidationError, ResourcePage<StandingOrder>>().Check, Is.EqualTo("account_id"));
        Assert.That(bank.Requests, Is.Empty);
    }

    [Test]
    public async Task The_stream_reads_a_page_only_when_asked_for_it()
    {
        var (client, bank) = Client(Bank(pages: 50));

        var taken = 0;
        await foreach (var page in client.Pages("t", AccountInformation.StandingOrders("22289")))
        {
            if (++taken == 2)
            {
                break;
            }
        }

        Assert.That(bank.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_page_limit_below_one_is_a_programming_error_raised_at_once()
    {
        var (client, _) = Client(Bank(pages: 1));

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Pages("t", AccountInformation.StandingOrders(), maxPages: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.ReadAll("t", AccountInformation.StandingOrders(), maxPages: -1));
    }

    [Test]
    public void Cancellation_throws_rather_than_becoming_an_error()
    {
        var (client, _) = Client(Bank(pages: 5));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(async () => await client.ReadAll("t", AccountInformation.StandingOrders("22289"), cancellationToken: cancelled.Token).ToEither());
    }

    [Test]
    public async Task Cancelling_the_enumeration_stops_the_paging()
    {
        var (client, bank) = Client(Bank(pages: 5));
        using var cancellation = new CancellationTokenSource();

        var read = 0;
        Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in client.Pages("t", AccountInformation.StandingOrders("22289")).WithCancellation(cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });

        Assert.That(read, Is.EqualTo(1));
        Assert.That(bank.Requests, Has.Count.EqualTo(1));
    }
}
