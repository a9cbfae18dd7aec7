using System.Globalization;
using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Http;
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
        // The request's own query, byte for byte, with only the page parameter replaced.
        var kept = (request.QueryString.Value ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !part.StartsWith("page=", StringComparison.Ordinal) && part != "page").ToList();
        string Url(int p)
        {
            var parts = p > 1 ? [.. kept, $"page={p.ToString(CultureInfo.InvariantCulture)}"] : kept;
            return parts.Count == 0 ? $"{issuer}{request.Path}" : $"{issuer}{request.Path}?{string.Join('&', parts)}";
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
