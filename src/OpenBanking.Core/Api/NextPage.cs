using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Api;

/// <summary>The request for a page a bank's <c>Links.Next</c> points to, in any family.</summary>
public static class NextPage
{
    /// <summary>The operation name of every page after the first.</summary>
    public const string Operation = "GET next page";

    /// <summary>
    /// GET a page link the bank returned (<c>Links.Next</c>), absolute or relative, read as <paramref name="call"/> reads its
    /// pages. A relative link is resolved against <paramref name="relativeTo"/> (the URL of the page that carried it, as
    /// RFC 3986 §5.1 has it) or, without one, against the resource server. A link to another origin is refused: the access
    /// token must never leave the bank it belongs to.
    /// </summary>
    public static ApiCall<ResourcePage<T>> Of<T>(ApiCall<ResourcePage<T>> call, string link, Uri? relativeTo = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(link);
        return new ApiCall<ResourcePage<T>>(Operation, context => Build(context, link, relativeTo), (response, operation) => call.Parse(response, operation));
    }

    private static Either<OpenBankingError, HttpRequestSpec> Build(CallContext context, string link, Uri? relativeTo)
    {
        var resourceServer = context.Config.ResourceEndpoint;
        if (!Uri.TryCreate(relativeTo ?? resourceServer, link, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return new ValidationError("links.next", $"'{link}' is not a URL");
        }

        if (Uri.Compare(uri, resourceServer, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return new ValidationError("links.next", $"the link goes to {uri.GetLeftPart(UriPartial.Authority)}, not to the resource server {resourceServer.GetLeftPart(UriPartial.Authority)}");
        }

        return ResourceRequest.Build(context, Operation, HttpMethod.Get, uri, RequestBody.None);
    }
}
