using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Features.Aisp;
using MockAspsp.Hosting;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// File payments' own operations, on the shared POST and GET steps of <see cref="PispEndpoints"/>: the file's upload
/// (POST …/file: 200 with no body, as the spec has it, so nothing to sign) and download (GET …/file: the bytes as
/// uploaded, signed), and the report file (GET /file-payments/{id}/report-file: a JSON report of each payment).
/// </summary>
public static class FilePayments
{
    private static readonly PaymentApi Api = PaymentApi.Of(PaymentKind.File);

    /// <summary>Maps the file operations under <paramref name="pisp"/>.</summary>
    public static void Map(RouteGroupBuilder pisp)
    {
        ArgumentNullException.ThrowIfNull(pisp);
        pisp.MapPost($"/{Api.ConsentPath}/{{consentId}}/file", (HttpContext c, MockBank b, ResourceGuard g, string consentId) => Upload(c, b, g, consentId));
        pisp.MapGet($"/{Api.ConsentPath}/{{consentId}}/file", (HttpContext c, MockBank b, ResourceGuard g, string consentId) => Download(c, b, g, consentId))
            .WithMetadata(NegotiatesMediaType.Instance);
        pisp.MapGet($"/{Api.PaymentPath}/{{paymentId}}/report-file", (HttpContext c, MockBank b, ResourceGuard g, string paymentId) => Report(c, b, g, paymentId));
    }

    private static Task<IResult> Upload(HttpContext context, MockBank bank, ResourceGuard guard, string consentId) =>
        PispEndpoints.Post(context, bank, guard, TokenKind.ClientCredentials, mediaType: null,
            (state, access, body, now) => PaymentFiles.Upload(state, access.ClientId, consentId, context.Request.ContentType, body),
            (state, id, now) => new SignedResult(200, [], "", null));

    private static IResult Download(HttpContext context, MockBank bank, ResourceGuard guard, string consentId) =>
        PispEndpoints.Get(context, bank, guard, TokenKind.ClientCredentials, (state, access, now) =>
            from consent in PaymentDecisions.Consent(state, Api, access.ClientId, consentId)
            from file in consent.File is { } uploaded
                ? Prelude.Right<ObError, UploadedFile>(uploaded)
                : new ObError(400, ObCodes.NotFound, "no file has been uploaded to this consent", "ConsentId")
            from accepted in Accepts(context.Request, file.MediaType)
            let bytes = file.Bytes.ToArray()
            select (IResult)new SignedResult(200, bytes, file.MediaType, bank.Signer.Sign(bytes, now)));

    private static IResult Report(HttpContext context, MockBank bank, ResourceGuard guard, string paymentId) =>
        PispEndpoints.Get(context, bank, guard, TokenKind.ClientCredentials, (state, access, now) =>
            PaymentDecisions.Payment(state, Api, access.ClientId, paymentId).Map(payment =>
                PispEndpoints.Signed(bank, 200, ReportDocument(state, payment, bank.Options, now), now)));

    /// <summary>The report: the file payment's status and each of its payments with the status its money has reached.</summary>
    private static JsonObject ReportDocument(BankState state, Payment payment, MockAspspOptions options, DateTimeOffset now)
    {
        var consent = state.PaymentConsents[payment.ConsentId];
        var money = Settlement.Money(state, payment, options, now)[^1];
        return new JsonObject
        {
            ["Data"] = new JsonObject
            {
                ["FilePaymentId"] = payment.PaymentId,
                ["ConsentId"] = payment.ConsentId,
                ["Status"] = Settlement.Status(Api, state, payment, options, now).Status,
                ["Payments"] = new JsonArray([.. consent.File!.Transactions.Select(t => (JsonNode)new JsonObject
                {
                    ["EndToEndIdentification"] = t.EndToEndIdentification,
                    ["InstructedAmount"] = Wire.Money(t.Amount, t.Currency),
                    ["CreditorName"] = t.CreditorName,
                    ["Status"] = money.Status,
                    ["StatusUpdateDateTime"] = Wire.Date(money.At),
                })]),
            },
        };
    }

    /// <summary>RFC 9110 §12.5.1: an Accept that names media types must name (or range over) the file's.</summary>
    private static Either<ObError, Unit> Accepts(HttpRequest request, string mediaType)
    {
        var accept = request.Headers.Accept.ToString();
        var type = mediaType.Split('/')[0];
        return accept.Length == 0
            || (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)
                && ranges.Any(r => (r.Quality ?? 1) > 0 && (r.MediaType.Value is "*/*" || r.MediaType.Value == $"{type}/*" || string.Equals(r.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase))))
            ? Prelude.unit
            : new ObError(406, ObCodes.HeaderInvalid, $"the file is available as {mediaType}", "Accept");
    }
}
