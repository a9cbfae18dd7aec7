using Microsoft.AspNetCore.Http;

namespace MockAspsp.Fapi;

/// <summary>
/// A response whose body is serialised once, to bytes, and — when it is a success with a body — signed over exactly
/// those bytes (x-jws-signature), which are then written unchanged.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body's bytes (empty for none).</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Signature">The detached JWS, or null for an unsigned response.</param>
public sealed record SignedResult(int Status, byte[] Body, string ContentType, string? Signature) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        if (Signature is not null)
        {
            httpContext.Response.Headers[DetachedJws.Header] = Signature;
        }

        if (Body.Length > 0)
        {
            httpContext.Response.ContentType = ContentType;
            httpContext.Response.ContentLength = Body.Length;
            await httpContext.Response.Body.WriteAsync(Body, httpContext.RequestAborted);
        }
    }
}
