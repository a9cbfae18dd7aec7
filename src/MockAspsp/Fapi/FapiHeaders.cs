using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Hosting;

namespace MockAspsp.Fapi;

/// <summary>
/// The Read/Write API's request headers, checked on every resource request, and the interaction id every
/// response carries (the request's, echoed, or a new UUID).
/// </summary>
public static class FapiHeaders
{
    /// <summary>x-fapi-interaction-id.</summary>
    public const string InteractionId = "x-fapi-interaction-id";

    /// <summary>
    /// Sets the response's <c>x-fapi-interaction-id</c>, then, on Read/Write API paths, refuses malformed FAPI headers
    /// with 400 UK.OBIE.Header.Invalid and an Accept that excludes JSON with 406 — except on an endpoint marked
    /// <see cref="NegotiatesMediaType"/>, which answers its Accept itself.
    /// </summary>
    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var sent = context.Request.Headers[InteractionId].ToString();
        var echo = IsUuid(sent) ? sent : context.RequestServices.GetRequiredService<MockBank>().Ids.Uuid();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[InteractionId] = echo;
            return Task.CompletedTask;
        });

        var ownMediaType = context.GetEndpoint()?.Metadata.GetMetadata<NegotiatesMediaType>() is not null;
        if (context.Request.Path.StartsWithSegments("/open-banking") && Problem(context.Request, ownMediaType) is { } problem)
        {
            await problem.ToResult().ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static ObError? Problem(HttpRequest request, bool ownMediaType)
    {
        var headers = request.Headers;
        if (headers.TryGetValue(InteractionId, out var id) && !IsUuid(id.ToString()))
        {
            return new ObError(400, "UK.OBIE.Header.Invalid", "x-fapi-interaction-id must be an RFC 4122 UUID", InteractionId);
        }

        if (headers.TryGetValue("x-fapi-auth-date", out var authDate)
            && !DateTimeOffset.TryParseExact(authDate.ToString(), "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return new ObError(400, "UK.OBIE.Header.Invalid", "x-fapi-auth-date must be an RFC 7231 date such as 'Sun, 10 Sep 2017 19:43:31 GMT'", "x-fapi-auth-date");
        }

        if (headers.TryGetValue("x-fapi-customer-ip-address", out var ip) && !IPAddress.TryParse(ip.ToString(), out _))
        {
            return new ObError(400, "UK.OBIE.Header.Invalid", "x-fapi-customer-ip-address must be an IP address", "x-fapi-customer-ip-address");
        }

        var accept = headers.Accept.ToString();
        if (!ownMediaType && accept.Length > 0 && !AcceptsJson(accept))
        {
            return new ObError(406, "UK.OBIE.Header.Invalid", "this resource is only available as application/json", "Accept");
        }

        return null;
    }

    // RFC 4122's textual form: 8-4-4-4-12 hexadecimal digits with hyphens (Guid.TryParse would also take braces or none).
    private static bool IsUuid(string value) => Guid.TryParseExact(value, "D", out _);

    // RFC 9110 §12.5.1: a media range with q=0 is "not acceptable".
    private static bool AcceptsJson(string accept) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)
        && ranges.Any(range => range.MediaType.Value?.ToLowerInvariant() is "application/json" or "application/*" or "*/*"
            && (range.Quality ?? 1) > 0);
}

/// <summary>
/// Endpoint metadata: the endpoint serves something other than JSON and checks the Accept header itself (Read/Write Data
/// API Profile v3.1.11, Accept: "For endpoints that do not respond with JSON (e.g GET ../statements/{StatementId}/file),
/// the ASPSP must specify the available options").
/// </summary>
public sealed class NegotiatesMediaType
{
    /// <summary>The marker.</summary>
    public static NegotiatesMediaType Instance { get; } = new();

    private NegotiatesMediaType()
    {
    }
}
