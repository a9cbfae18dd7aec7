using LanguageExt;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using MockAspsp.Fapi;

namespace MockAspsp.Hosting;

/// <summary>
/// The one way the bank reads a request body, at every endpoint that takes one (the token request, the consent, the
/// PSU's forms, the headless approval): at most <see cref="MaxBytes"/>, refused with 413 beyond that — before reading
/// anything when Content-Length says so, and Kestrel is told the same limit — and a body that cannot be parsed is a
/// 400, never an exception. Handlers call it only once the caller has passed every check that needs no body, so an
/// unauthenticated client cannot make the bank hold its bytes.
/// </summary>
internal static class RequestBody
{
    /// <summary>
    /// The most any endpoint reads. The largest legitimate body is a token request with a client assertion, or a
    /// headless approval naming a customer's accounts: a few kilobytes. Kestrel's default is 30 MB.
    /// </summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The whole body, within <see cref="MaxBytes"/>.</summary>
    public static async Task<Either<BodyProblem, byte[]>> Bytes(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        if (context.Request.ContentLength > MaxBytes)
        {
            return BodyProblem.TooLarge;
        }

        using var body = new MemoryStream();
        var chunk = new byte[8 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (body.Length + read > MaxBytes)
                {
                    return BodyProblem.TooLarge;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyProblem.TooLarge;
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            return new BodyProblem(400, $"the body cannot be read: {e.Message}");
        }

        return body.ToArray();
    }

    /// <summary>A JSON body: within the limit and UTF-8 (RFC 8259 §8.1), so no string in it fails to decode later.</summary>
    public static async Task<Either<BodyProblem, byte[]>> Json(HttpContext context) =>
        (await Bytes(context)).Bind(bytes => System.Text.Unicode.Utf8.IsValid(bytes)
            ? Prelude.Right<BodyProblem, byte[]>(bytes)
            : new BodyProblem(400, "the body is not valid UTF-8 (RFC 8259 §8.1)"));

    /// <summary>
    /// A form body (the caller has checked its media type): within the limit, then parsed with ASP.NET Core's limits
    /// (1,024 fields, 2,048-character names); a missing boundary, a truncated multipart or a limit broken is a 400.
    /// </summary>
    public static async Task<Either<BodyProblem, IFormCollection>> Form(HttpContext context) =>
        await (await Bytes(context)).MatchAsync(
            RightAsync: bytes => ParseForm(context, bytes),
            Left: problem => Prelude.Left<BodyProblem, IFormCollection>(problem));

    private static async Task<Either<BodyProblem, IFormCollection>> ParseForm(HttpContext context, byte[] bytes)
    {
        context.Request.Body = new MemoryStream(bytes, writable: false);
        try
        {
            return Prelude.Right<BodyProblem, IFormCollection>(await context.Request.ReadFormAsync(context.RequestAborted));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return new BodyProblem(400, $"the form cannot be read: {e.Message}");
        }
    }
}

/// <summary>Why a body was not read: 413 when too large, 400 when malformed; each endpoint answers it in its own error model.</summary>
/// <param name="Status">413 or 400.</param>
/// <param name="Reason">What was wrong.</param>
internal sealed record BodyProblem(int Status, string Reason)
{
    public static BodyProblem TooLarge { get; } =
        new(StatusCodes.Status413PayloadTooLarge, $"the body is more than {RequestBody.MaxBytes} bytes, the most this bank reads");

    /// <summary>At the token and authorisation endpoints (RFC 6749 §5.2: the request is malformed).</summary>
    public OAuthError OAuth() => new(Status, "invalid_request", Reason);

    /// <summary>
    /// At the Read/Write API: UK.OBIE.Resource.InvalidFormat, the code the bank gives a payload it cannot take as a whole
    /// (as for a body that is not JSON); UK.OBIE.Field.Invalid names one field's value, and no field is at fault here.
    /// </summary>
    public ObError Ob() => new(Status, ObCodes.InvalidFormat, Reason);
}
