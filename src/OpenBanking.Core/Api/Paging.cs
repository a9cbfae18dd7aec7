using LanguageExt;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Api;

/// <summary>
/// What follows a page: nothing (the last page), the absolute URL of the next one, or the reason to stop. Pure: the
/// client's paging stream asks it after every page.
/// </summary>
internal static class Paging
{
    /// <summary>Decides after page number <paramref name="pagesRead"/>, read from <paramref name="pageUrl"/>.</summary>
    /// <param name="page">The page just read.</param>
    /// <param name="pageUrl">The URL it was read from: a relative Next link is resolved against it.</param>
    /// <param name="pagesRead">How many pages have been read, this one included.</param>
    /// <param name="maxPages">The most pages to read.</param>
    /// <param name="visited">The absolute URLs of every page read so far and the Self links they gave.</param>
    public static Either<OpenBankingError, Option<Uri>> Next<T>(ResourcePage<T> page, Uri pageUrl, int pagesRead, int maxPages, IReadOnlySet<string> visited)
    {
        ArgumentNullException.ThrowIfNull(page);
        // An empty Next is no URL at all: banks that write "Next": "" on the last page mean there is none.
        if (page.Next is not { } link || string.IsNullOrWhiteSpace(link))
        {
            return Option<Uri>.None;
        }

        if (!Uri.TryCreate(pageUrl, link, out var next))
        {
            return new ValidationError("links.next", $"'{link}' is not a URL");
        }

        var totalPages = page.Meta?.TotalPages;
        if (visited.Contains(next.AbsoluteUri))
        {
            return new ValidationError("links.next", $"the Next link '{link}' of page {pagesRead} repeats a page already read; stopped to avoid a loop");
        }

        if (totalPages is { } total && pagesRead >= total)
        {
            return new ValidationError("meta.total_pages", $"page {pagesRead} has a Next link, but Meta.TotalPages says there are {total} pages; stopped");
        }

        if (pagesRead >= maxPages)
        {
            var known = totalPages is { } all ? $" (Meta.TotalPages: {all})" : "";
            return new ValidationError("links.next", $"more than {maxPages} pages{known}; raise maxPages or narrow the query");
        }

        return Option<Uri>.Some(next);
    }

    /// <summary>The URLs a later Next link must not lead back to: the page's own and its Self link.</summary>
    public static IEnumerable<string> Visited<T>(ResourcePage<T> page, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        yield return pageUrl.AbsoluteUri;
        if (page.Links?.Self is { } self && Uri.TryCreate(pageUrl, self, out var selfUrl))
        {
            yield return selfUrl.AbsoluteUri;
        }
    }
}
