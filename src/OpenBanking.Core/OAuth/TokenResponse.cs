using System.Globalization;
using System.Text.Json;
using System.Text;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.OAuth;

/// <summary>A successful token endpoint answer (RFC 6749 §5.1). Printing it never shows a token.</summary>
/// <param name="AccessToken">The access token.</param>
/// <param name="TokenType">The token type; <c>Bearer</c>.</param>
/// <param name="ExpiresAt">When the access token expires, from <c>expires_in</c> and the time the answer arrived; null when the bank did not say.</param>
/// <param name="RefreshToken">The refresh token, if issued.</param>
/// <param name="Scope">The granted scope, if the bank said.</param>
/// <param name="IdToken">The OpenID Connect id_token, if issued.</param>
public sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    DateTimeOffset? ExpiresAt,
    string? RefreshToken,
    string? Scope,
    string? IdToken)
{
    /// <summary>True when the access token has expired at <paramref name="now"/> (or will within <paramref name="margin"/>).</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan margin = default) => ExpiresAt is { } at && now + margin >= at;

    /// <summary>
    /// Parses a token endpoint response received at <paramref name="receivedAt"/>. Each failure is its own Left:
    /// an OAuth error body → <see cref="ProtocolError"/>; a 5xx or an HTML page → <see cref="HttpError"/>;
    /// a 2xx that is not JSON, is invalid JSON or lacks <c>access_token</c> → <see cref="ParseError"/>.
    /// </summary>
    public static Either<OpenBankingError, TokenResponse> Parse(HttpResponseSpec response, DateTimeOffset receivedAt, string operation = "token request")
    {
        ArgumentNullException.ThrowIfNull(response);
        var interactionId = response.InteractionId;
        if (!response.IsSuccess)
        {
            return ResponseErrors.Classify(response, operation);
        }

        if (response.MediaType is { } mediaType && mediaType != "application/json")
        {
            // No excerpt: whatever the content type says, the body may hold a token.
            return new ParseError(operation, "a JSON token response", null,
                $"HTTP {response.Status} came with {mediaType} ({response.Body.Length} bytes)", interactionId);
        }

        try
        {
            using var document = JsonElements.Parse(response.Body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ParseError(operation, "a JSON object", "$", $"it is a JSON {root.ValueKind.ToString().ToLowerInvariant()}", interactionId);
            }

            var accessToken = root.StringOrNull(OAuthParameters.AccessToken);
            if (string.IsNullOrEmpty(accessToken))
            {
                // Name the keys, never their values: the body may hold other tokens.
                var keys = string.Join(", ", root.EnumerateObject().Select(p => p.Name));
                return new ParseError(operation, "an access_token", "$.access_token",
                    $"the response has no access_token (keys: {(keys.Length == 0 ? "none" : keys)})", interactionId);
            }

            var tokenType = root.StringOrNull(OAuthParameters.TokenType);
            if (!string.Equals(tokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return new ParseError(operation, "token_type Bearer", "$.token_type",
                    tokenType is null ? "it is missing" : $"it is '{tokenType}'", interactionId);
            }

            if (!TryExpiresIn(root, out var expiresIn))
            {
                return new ParseError(operation, "expires_in as a number of seconds", "$.expires_in", "it is not a number", interactionId);
            }

            if (ExpiryProblem(expiresIn, receivedAt) is { } expiryProblem)
            {
                return new ParseError(operation, "expires_in as a positive number of seconds (RFC 6749 §5.1)", "$.expires_in", expiryProblem, interactionId);
            }

            return new TokenResponse(
                accessToken,
                "Bearer",
                expiresIn is { } seconds ? receivedAt.AddSeconds(seconds) : null,
                root.StringOrNull(OAuthParameters.RefreshToken),
                root.StringOrNull(OAuthParameters.Scope),
                root.StringOrNull(OAuthParameters.IdToken));
        }
        catch (JsonException e)
        {
            // No excerpt: a truncated token response would put part of a token in the message.
            return e is JsonStringException unreadable
                ? new ParseError(operation, "a JSON token response whose strings are text", unreadable.Path, $"it has {unreadable.Reason}", interactionId)
                : new ParseError(operation, "a JSON token response", null,
                    $"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine})", interactionId);
        }
    }

    /// <summary>Token type, expiry and scope; the tokens themselves are shown as <c>***</c>.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"AccessToken = ***, TokenType = {TokenType}, ExpiresAt = {ExpiresAt:O}, RefreshToken = {(RefreshToken is null ? "(none)" : "***")}, "
            + $"Scope = {Scope}, IdToken = {(IdToken is null ? "(none)" : "***")}");
        return true;
    }

    // RFC 6749 §5.1: the lifetime in seconds. None or negative is no lifetime; one past the calendar's end
    // (DateTimeOffset.MaxValue, year 9999) is no time either. Checked here, where the number becomes a time.
    private static string? ExpiryProblem(long? seconds, DateTimeOffset receivedAt) =>
        seconds switch
        {
            null => null,
            <= 0 => $"it is {seconds}",
            { } s when s > (DateTimeOffset.MaxValue - receivedAt).TotalSeconds => $"it is {s}, which puts the expiry after the year 9999",
            _ => null,
        };

    private static bool TryExpiresIn(JsonElement root, out long? seconds)
    {
        seconds = null;
        if (!root.TryGetProperty(OAuthParameters.ExpiresIn, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        // Some servers send the number as a string; RFC 6749 means a number, but the meaning is clear.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            || value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            seconds = number;
            return true;
        }

        return false;
    }

}
