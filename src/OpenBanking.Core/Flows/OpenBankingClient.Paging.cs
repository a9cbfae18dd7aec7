using System.Runtime.CompilerServices;
using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Flows;

/// <summary>Paged reads of any family: every page as a stream, or every item.</summary>
public partial class OpenBankingClient
{
    /// <summary>
    /// Every page of a paged call, as it arrives, following <c>Links.Next</c>: absolute or relative (resolved against the
    /// page that carried it), same origin only. The stream ends after the last page, or with one Left: a failed request or
    /// page, a Next link back to a page already read (a loop), a Next link on the page <c>Meta.TotalPages</c> says is
    /// the last, or a Next link after <paramref name="maxPages"/> pages.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPages"/> is less than 1.</exception>
    public IAsyncEnumerable<Either<OpenBankingError, ResourcePage<T>>> Pages<T>(
        string accessToken, ApiCall<ResourcePage<T>> call, int maxPages = DefaultMaxPages, CustomerContext? customer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPages);
        return Follow(accessToken, call, maxPages, customer, cancellationToken);
    }

    /// <summary>Every item of every page of a paged call (see <see cref="Pages{T}"/>), or the first error.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPages"/> is less than 1.</exception>
    public EitherAsync<OpenBankingError, IReadOnlyList<T>> ReadAll<T>(
        string accessToken, ApiCall<ResourcePage<T>> call, int maxPages = DefaultMaxPages, CustomerContext? customer = null,
        CancellationToken cancellationToken = default) =>
        Collect(Pages(accessToken, call, maxPages, customer, cancellationToken)).ToAsync();

    private async IAsyncEnumerable<Either<OpenBankingError, ResourcePage<T>>> Follow<T>(
        string accessToken, ApiCall<ResourcePage<T>> call, int maxPages, CustomerContext? customer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var visited = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var next = Option<ApiCall<ResourcePage<T>>>.Some(call);
        for (var pagesRead = 1; next.Case is ApiCall<ResourcePage<T>> current; pagesRead++)
        {
            var fetched = await Fetch(current, accessToken, customer, cancellationToken).ConfigureAwait(false);
            yield return fetched.Map(f => f.Page);

            if (fetched.Case is not FetchedPage<T> page)
            {
                yield break;
            }

            // A Left (a link refused, a loop, a limit) ends the stream as the next "page"; None ends it quietly.
            var following = Following(call, page, pagesRead, maxPages, visited);
            if (following.Case is OpenBankingError stop)
            {
                yield return stop;
                yield break;
            }

            next = following.IfLeft(Option<ApiCall<ResourcePage<T>>>.None);
        }
    }

    private Task<Either<OpenBankingError, FetchedPage<T>>> Fetch<T>(
        ApiCall<ResourcePage<T>> call, string accessToken, CustomerContext? customer, CancellationToken cancellationToken) =>
        (from request in call.Build(Context(accessToken, customer)).ToAsync()
         from response in _http.Send(request, cancellationToken)
         from page in call.Parse(response, request.Operation).ToAsync()
         select new FetchedPage<T>(request.Uri, page)).ToEither();

    private static Either<OpenBankingError, Option<ApiCall<ResourcePage<T>>>> Following<T>(
        ApiCall<ResourcePage<T>> call, FetchedPage<T> fetched, int pagesRead, int maxPages, System.Collections.Generic.HashSet<string> visited)
    {
        visited.UnionWith(Paging.Visited(fetched.Page, fetched.Url));
        return Paging.Next(fetched.Page, fetched.Url, pagesRead, maxPages, visited)
            .Map(next => next.Map(url => NextPage.Of(call, url.AbsoluteUri)));
    }

    private static async Task<Either<OpenBankingError, IReadOnlyList<T>>> Collect<T>(IAsyncEnumerable<Either<OpenBankingError, ResourcePage<T>>> pages)
    {
        var items = new List<T>();
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.Case is OpenBankingError error)
            {
                return error;
            }

            page.IfRight(p => items.AddRange(p.Items));
        }

        return items;
    }

    /// <summary>A page and the URL it was read from (relative Next links resolve against it).</summary>
    private sealed record FetchedPage<T>(Uri Url, ResourcePage<T> Page);
}
