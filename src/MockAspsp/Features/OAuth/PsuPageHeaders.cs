using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MockAspsp.Features.OAuth;

/// <summary>
/// The security headers of everything the PSU's browser gets from the bank (the /authorize group's endpoint filter):
/// the pages may not be framed (clickjacking the Approve button), leak their URL — which carries the request object —
/// in a Referer, or be kept in a cache; and they may load nothing but their own inline style.
/// </summary>
internal static class PsuPageHeaders
{
    /// <summary>
    /// CSP for pages with no scripts, images, fonts or frames and one inline style, allowed by its hash. No form-action:
    /// the decision form's answer is a redirect to the TPP's redirect URI, and browsers check form-action on redirects.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(AuthorizePage.Style)))}'; " +
        "base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Sets the headers before the handler runs, so every answer carries them, errors and redirects included.</summary>
    public static ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.HttpContext.Response.Headers;
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        return next(context);
    }
}
