using System.Text.Json;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Http;

/// <summary>
/// Turns a response the operation does not accept into the most precise error: an OAuth error
/// body (RFC 6749 §5.2) becomes a <see cref="ProtocolError"/>, an OBErrorResponse1 an
/// <see cref="ApiError"/>, anything else (HTML error pages, empty 5xx) an <see cref="HttpError"/>.
/// </summary>
public static class ResponseErrors
{
    /// <summary>Classifies <paramref name="response"/> as an error of <paramref name="operation"/>.</summary>
    public static OpenBankingError Classify(HttpResponseSpec response, string operation)
    {
        ArgumentNullException.ThrowIfNull(response);
        var interactionId = response.InteractionId;
        if (LooksLikeJson(response))
        {
            try
            {
                using var document = JsonElements.Parse(response.Body);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    if (root.StringOrNull(OAuthParameters.Error) is { } error)
                    {
                        return new ProtocolError(error, root.StringOrNull(OAuthParameters.ErrorDescription), operation, response.Status, interactionId);
                    }

                    if (root.StringOrNull("Code") is { } code && root.StringOrNull("Message") is { } message)
                    {
                        return new ApiError(response.Status, operation, code, root.StringOrNull("Id"), message, Details(root), interactionId);
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON after all (or strings that are not text): fall through to a plain HTTP error with an excerpt.
            }
        }

        return new HttpError(response.Status, operation, response.MediaType, BodyExcerpt.Of(response.Body.Span), interactionId);
    }

    private static bool LooksLikeJson(HttpResponseSpec response) =>
        response.MediaType is null or "application/json" || (response.MediaType?.EndsWith("+json", StringComparison.Ordinal) ?? false);

    private static List<ApiErrorDetail> Details(JsonElement root) =>
        root.TryGetProperty("Errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object)
                .Select(e => new ApiErrorDetail(e.StringOrNull("ErrorCode") ?? "(none)", e.StringOrNull("Message") ?? "", e.StringOrNull("Path"), e.StringOrNull("Url")))
                .ToList()
            : [];

}
