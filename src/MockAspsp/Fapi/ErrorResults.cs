using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MockAspsp.Fapi;

/// <summary>Writes <see cref="BankError"/>s as the spec shapes them.</summary>
public static class ErrorResults
{
    /// <summary>The response for <paramref name="error"/>.</summary>
    public static IResult ToResult(this BankError error) => error switch
    {
        OAuthError oauth => OAuth(oauth),
        ObError ob => Ob(ob),
        _ => throw new InvalidOperationException($"Unknown error {error}"),
    };

    private static NoStoreJson OAuth(OAuthError error)
    {
        var body = new JsonObject { ["error"] = error.Error, ["error_description"] = error.Description };
        return new NoStoreJson(body, error.Status, error.Status == 401 ? "Basic realm=\"mock-aspsp\"" : null);
    }

    private static NoStoreJson Ob(ObError error)
    {
        if (error.RefusesToken)
        {
            // A refused access token gets a bare 401: the reason travels in the challenge, not in an error body.
            return new NoStoreJson(null, 401, $"Bearer error=\"invalid_token\", error_description=\"{Description(error.Message)}\"");
        }

        var detail = new JsonObject { ["ErrorCode"] = error.ErrorCode, ["Message"] = error.Message };
        if (error.Path is not null)
        {
            detail["Path"] = error.Path;
        }

        var body = new JsonObject
        {
            ["Code"] = $"{error.Status} {ReasonPhrases.GetReasonPhrase(error.Status)}",
            ["Message"] = error.Message,
            ["Errors"] = new JsonArray(detail),
        };
        return new NoStoreJson(body, error.Status, error.Status == 401 ? "Bearer error=\"invalid_token\"" : null, error.RetryAfterSeconds);
    }

    /// <summary>An RFC 6750 §3 error_description: printable ASCII without double quotes or backslashes.</summary>
    private static string Description(string text) =>
        new([.. text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : c == '"' ? '\'' : '?')]);

    /// <summary>JSON (or, with a null body, nothing) with Cache-Control: no-store (RFC 6749 §5.1) and, for 401s, a WWW-Authenticate challenge.</summary>
    internal sealed class NoStoreJson(JsonNode? body, int status, string? challenge, int? retryAfterSeconds = null) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            if (challenge is not null)
            {
                httpContext.Response.Headers.WWWAuthenticate = challenge;
            }

            if (retryAfterSeconds is { } seconds)
            {
                httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (body is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(body.ToJsonString(), httpContext.RequestAborted);
            }
        }
    }
}
