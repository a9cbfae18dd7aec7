using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Http;

namespace OpenBanking.TestSupport;

/// <summary>
/// Renders a request description for an approved file: pretty JSON, headers sorted, query and form
/// fields listed, JWTs decoded into header and claims with the signature scrubbed, and secrets
/// (Authorization values, client secrets, codes, tokens) replaced by placeholders.
/// </summary>
public static class RequestSnapshot
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string> SecretFields = new(StringComparer.Ordinal)
    {
        ["client_secret"] = "<client_secret>",
        ["code"] = "<authorisation code>",
        ["refresh_token"] = "<refresh token>",
    };

    public static string Render(HttpRequestSpec request) => Node(request).ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";

    /// <summary>The request as a JSON object (see <see cref="Render"/>).</summary>
    public static JsonObject Node(HttpRequestSpec request)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in request.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            headers[name] = name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? Authorization(value)
                : name.Equals("x-jws-signature", StringComparison.OrdinalIgnoreCase) ? DecodeDetachedJws(value)
                : value;
        }

        if (request.Body.ContentType is { } contentType)
        {
            headers["Content-Type"] = contentType;
        }

        var node = new JsonObject
        {
            ["operation"] = request.Operation,
            ["method"] = request.Method.Method,
            ["url"] = request.Uri.GetLeftPart(UriPartial.Path),
        };
        if (request.Uri.Query.Length > 1)
        {
            node["query"] = Fields(FormUrlEncoding.Decode(request.Uri.Query[1..]));
        }

        node["headers"] = headers;
        node["body"] = request.Body switch
        {
            RequestBody.Form form => Fields(form.Fields),
            RequestBody.Json json => ExchangeSnapshot.Scrub(JsonNode.Parse(json.Text)),
            RequestBody.Bytes bytes => $"({bytes.Content.Length} bytes of {bytes.MediaType}, SHA-256 {Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes.Content.Span))})",
            _ => null,
        };
        return node;
    }

    /// <summary>
    /// An <c>x-jws-signature</c> as {header, payload, signature}: its protected header decoded, the (randomised) signature
    /// scrubbed; a value that is not a JWS is shown as it is.
    /// </summary>
    public static JsonNode? DecodeDetachedJws(string value)
    {
        var parts = value.Split('.');
        try
        {
            return parts.Length != 3 ? value : new JsonObject
            {
                ["header"] = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0])),
                ["payload"] = parts[1].Length == 0 ? "<detached>" : "<attached>",
                ["signature"] = parts[2].Length == 0 ? "<none>" : "<signature>",
            };
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return value;
        }
    }

    /// <summary>A compact JWS as {header, claims, signature}, the signature scrubbed (PS256 and ES256 signatures are randomised).</summary>
    public static JsonObject DecodeJwt(string token)
    {
        var parts = token.Split('.');
        return new JsonObject
        {
            ["header"] = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0])),
            ["claims"] = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])),
            ["signature"] = parts[2].Length == 0 ? "<none>" : "<signature>",
        };
    }

    private static JsonObject Fields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
        {
            result[name] = SecretFields.TryGetValue(name, out var placeholder) ? placeholder
                : name is "client_assertion" or "request" ? DecodeJwt(value)
                : value;
        }

        return result;
    }

    private static string Authorization(string value)
    {
        var scheme = value.Split(' ', 2)[0];
        if (scheme == "Basic")
        {
            // Show the shape (which id, how it was encoded), never the secret.
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value[6..]));
            return $"Basic base64({decoded.Split(':', 2)[0]}:<form-encoded client_secret>)";
        }

        return $"{scheme} <access token>";
    }
}
