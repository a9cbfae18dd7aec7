using System.Globalization;
using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Aisp;

/// <summary>Pages of a long list, with Links (Self, First, Prev, Next, Last) and Meta.TotalPages, as absolute URLs.</summary>
public static class Paging
{
    /// <summary>The page the request asks for (<c>?page=</c>, from 1) and the page count, or a 400 for a page that does not exist.</summary>
    public static Either<ObError, (int Page, int Pages)> Page(HttpRequest request, int count, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var text = request.Query["page"].ToString();
        if (text.Length == 0)
        {
            return (1, pages);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 && page <= pages
            ? (page, pages)
            : new ObError(400, ObCodes.FieldInvalid, $"page must be a number from 1 to {pages}", "page");
    }

    /// <summary>The Links object for page <paramref name="page"/> of <paramref name="pages"/>.</summary>
    public static JsonObject Links(string issuer, HttpRequest request, int page, int pages)
    {
        ArgumentNullException.ThrowIfNull(request);
        string Url(int p)
        {
            var query = QueryHelpers.ParseQuery(request.QueryString.Value).Where(q => q.Key != "page")
                .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())).ToList();
            if (p > 1)
            {
                query.Add(KeyValuePair.Create("page", (string?)p.ToString(CultureInfo.InvariantCulture)));
            }

            return QueryHelpers.AddQueryString($"{issuer}{request.Path}", query);
        }

        var links = new JsonObject { ["Self"] = Url(page) };
        if (pages > 1)
        {
            links["First"] = Url(1);
            if (page > 1)
            {
                links["Prev"] = Url(page - 1);
            }

            if (page < pages)
            {
                links["Next"] = Url(page + 1);
            }

            links["Last"] = Url(pages);
        }

        return links;
    }
}
