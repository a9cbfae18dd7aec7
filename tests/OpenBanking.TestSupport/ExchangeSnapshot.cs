using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Http;

namespace OpenBanking.TestSupport;

/// <summary>
/// Renders recorded exchanges for an approved file: each request as <see cref="RequestSnapshot"/> renders it,
/// each response with its status, the headers that matter and its JSON body — tokens and codes replaced by
/// placeholders, JWTs decoded with their signatures scrubbed, redirect URLs taken apart.
/// </summary>
public static class ExchangeSnapshot
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] KeptHeaders = ["cache-control", "content-type", "location", "www-authenticate", "x-fapi-interaction-id", "x-jws-signature"];

    public static string Render(IEnumerable<(HttpRequestSpec Request, HttpResponseSpec? Response)> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var array = new JsonArray();
        foreach (var (request, response) in exchanges)
        {
            array.Add(new JsonObject
            {
                ["request"] = RequestSnapshot.Node(request),
                ["response"] = response is null ? "(no response: transport error)" : Response(response),
            });
        }

        return array.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Response(HttpResponseSpec response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers.Where(h => KeptHeaders.Contains(h.Key.ToLowerInvariant())).OrderBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            headers[name.ToLowerInvariant()] = name.Equals("x-jws-signature", StringComparison.OrdinalIgnoreCase) ? RequestSnapshot.DecodeDetachedJws(value) : value;
        }

        JsonNode? body = null;
        if (response.Body.Length > 0)
        {
            try
            {
                body = Scrub(JsonNode.Parse(response.Body.Span));
            }
            catch (JsonException)
            {
                body = response.BodyText;
            }
        }

        return new JsonObject { ["status"] = response.Status, ["headers"] = headers, ["body"] = body };
    }

    /// <summary>Replaces secrets in a JSON document and decodes the JWTs and URLs it holds.</summary>
    public static JsonNode? Scrub(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    obj[key] = key switch
                    {
                        "access_token" => "<access token>",
                        "refresh_token" => "<refresh token>",
                        "code" => "<authorisation code>",
                        "password" => "<password>",
                        // JWK key material: the test keys are made afresh for every run.
                        "n" or "x" or "y" when obj.ContainsKey("kty") => $"<{key}>",
                        "id_token" or "request" or "client_assertion" when value is JsonValue v && v.TryGetValue<string>(out var jwt) => RequestSnapshot.DecodeJwt(jwt),
                        "redirect_url" or "consent_url" when value is JsonValue v && v.TryGetValue<string>(out var url) => Url(url),
                        _ => Scrub(value?.DeepClone()),
                    };
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Scrub(array[i]?.DeepClone());
                }

                return array;
            default:
                return node;
        }
    }

    /// <summary>A URL as {base, query, fragment}, with parameters decoded and scrubbed.</summary>
    public static JsonObject Url(string text)
    {
        var uri = new Uri(text);
        var result = new JsonObject { ["url"] = uri.GetLeftPart(UriPartial.Path) };
        if (uri.Query.Length > 1)
        {
            result["query"] = Scrub(Fields(uri.Query[1..]));
        }

        if (uri.Fragment.Length > 1)
        {
            result["fragment"] = Scrub(Fields(uri.Fragment[1..]));
        }

        return result;
    }

    private static JsonObject Fields(string encoded)
    {
        var fields = new JsonObject();
        foreach (var (name, value) in FormUrlEncoding.Decode(encoded))
        {
            fields[name] = value;
        }

        return fields;
    }
}
