using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Conformance.Fixtures;

/// <summary>
/// Where secrets hide in Read/Write API traffic, and the placeholders that replace them in fixtures: client
/// secrets, Authorization values, access and refresh tokens, authorisation codes, passwords and the userinfo of URLs
/// become stable placeholders or go; JWTs keep their header and claims but lose their signature — except id_tokens
/// when the <see cref="SecretPolicy"/> explicitly keeps their signatures for a bank's TEST key.
/// </summary>
public static partial class Secrets
{
    /// <summary>An Authorization value whose scheme cannot be told apart from its credential.</summary>
    public const string Credentials = "<credentials>";

    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["client_secret"] = "<client_secret>",
        ["access_token"] = "<access_token>",
        ["refresh_token"] = "<refresh_token>",
        ["code"] = "<code>",
        ["password"] = "<password>",
    };

    private static readonly HashSet<string> Jwts = new(StringComparer.Ordinal) { "client_assertion", "request", "id_token" };

    private static readonly HashSet<string> Urls = new(StringComparer.Ordinal) { "consent_url", "redirect_url" };

    /// <summary>
    /// The HTTP authentication schemes in the IANA registry: a value that is one of these alone is a scheme without
    /// its credential (kept, so that a rule can say the token is missing); any other single word may be a credential.
    /// </summary>
    private static readonly HashSet<string> RegisteredSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Basic", "Bearer", "Concealed", "Digest", "DPoP", "GNAP", "HOBA", "Mutual", "Negotiate", "NTLM", "OAuth",
        "PrivateToken", "SCRAM-SHA-1", "SCRAM-SHA-256", "vapid",
    };

    /// <summary>Repeated members are refused when JSON is parsed into nodes: a <see cref="JsonObject"/> would take them, then throw when read.</summary>
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Text that could not be read as JSON or a form (a cut-off body, an HTML page, a log line) with what looks like a
    /// secret in it replaced, as far as text allows: <c>"access_token": "…"</c> and <c>access_token=…</c> (and the other
    /// secret names), <c>Bearer …</c> and <c>Basic …</c> credentials, and JWT signatures.
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = QuotedSecret().Replace(text, m => Placeholders.TryGetValue(m.Groups["name"].Value, out var placeholder)
            ? $"{m.Groups["head"].Value}{placeholder}{m.Groups["end"].Value}" : m.Value);
        scrubbed = PairedSecret().Replace(scrubbed, m => Placeholders.TryGetValue(m.Groups["name"].Value, out var placeholder)
            ? $"{m.Groups["head"].Value}{placeholder}" : m.Value);
        scrubbed = SchemeCredential().Replace(scrubbed, m => $"{m.Groups["scheme"].Value} {(m.Groups["scheme"].Value.Equals("Basic", StringComparison.OrdinalIgnoreCase) ? "<client credentials>" : "<access_token>")}");
        return SignedJwt().Replace(scrubbed, m => $"{m.Groups["signed"].Value}.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<head>\"(?<name>[a-z_]+)\"\\s*:\\s*\")(?<value>[^\"]*)(?<end>\"|$)")]
    private static partial System.Text.RegularExpressions.Regex QuotedSecret();

    [System.Text.RegularExpressions.GeneratedRegex("(?<head>(?<![A-Za-z0-9_])(?<name>[a-z_]+)=)(?<value>[^&\\s\"'<]+)")]
    private static partial System.Text.RegularExpressions.Regex PairedSecret();

    [System.Text.RegularExpressions.GeneratedRegex("(?<scheme>Bearer|Basic) +(?!<)[A-Za-z0-9._~+/=-]{8,}", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SchemeCredential();

    [System.Text.RegularExpressions.GeneratedRegex("(?<signed>eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*)\\.[A-Za-z0-9_-]+")]
    private static partial System.Text.RegularExpressions.Regex SignedJwt();

    /// <summary>
    /// A header value without its credential: <c>Bearer &lt;access_token&gt;</c>, <c>Basic &lt;client credentials&gt;</c>
    /// (any other scheme likewise). A scheme is kept only when it is an RFC 7230 token followed by a credential; a
    /// registered scheme alone (<c>Bearer</c>) stays as it is, there being nothing to hide; anything else, such as a
    /// token sent without a scheme, becomes <see cref="Credentials"/>. An <c>x-jws-signature</c> keeps its header and loses its
    /// signature (<c>header..&lt;signature&gt;</c>). Other headers are kept.
    /// </summary>
    public static string Header(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (name.Equals("x-jws-signature", StringComparison.OrdinalIgnoreCase))
        {
            // A detached JWS keeps its protected header (the claims a reviewer and the rules read) and loses its signature,
            // as JWTs do: a recorded signed request cannot be sent again as it is.
            var dot = value.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? "<signature>" : $"{value[..dot]}..<signature>";
        }

        if (!name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var trimmed = value.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        if (space < 0)
        {
            return trimmed.Length == 0 || RegisteredSchemes.Contains(trimmed) ? value : Credentials;
        }

        var scheme = trimmed[..space];
        return !IsToken(scheme) ? Credentials
            : scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? $"{scheme} <access_token>"
            : $"{scheme} <client credentials>";
    }

    /// <summary>A form, query or JSON value named <paramref name="name"/>, with any secret replaced.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="value">Its value.</param>
    /// <param name="policy">What scrubbing keeps; <see cref="SecretPolicy.Default"/> (nothing) when null.</param>
    public static string Field(string name, string value, SecretPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        policy ??= SecretPolicy.Default;
        return Placeholders.TryGetValue(name, out var placeholder) ? placeholder
            : name == "id_token" && policy.KeepsIdTokenSignatures ? value
            : Jwts.Contains(name) ? WithoutSignature(value)
            : Urls.Contains(name) ? Url(value, policy)
            : value;
    }

    /// <summary>
    /// A URL without its userinfo (<c>user:password@</c>) and with the secrets in its query and fragment replaced (a
    /// code, an id_token's signature, a request object's).
    /// </summary>
    /// <param name="url">The URL.</param>
    /// <param name="policy">What scrubbing keeps; <see cref="SecretPolicy.Default"/> (nothing) when null.</param>
    public static string Url(string url, SecretPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var beforeFragment = hash < 0 ? url : url[..hash];
        var question = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? null : beforeFragment[(question + 1)..];
        var path = WithoutUserInfo(question < 0 ? beforeFragment : beforeFragment[..question]);
        string Scrub(string part) => FormUrlEncoding.Encode(FormUrlEncoding.Decode(part).Select(p => KeyValuePair.Create(p.Key, Field(p.Key, p.Value, policy))));
        return path + (query is null ? "" : "?" + Scrub(query)) + (fragment is null ? "" : "#" + Scrub(fragment));
    }

    /// <summary>A compact JWS without its signature (<c>header.payload.</c>): readable, and useless as a credential.</summary>
    public static string WithoutSignature(string jws)
    {
        ArgumentNullException.ThrowIfNull(jws);
        var parts = jws.Split('.');
        return parts.Length == 3 ? $"{parts[0]}.{parts[1]}." : "<not a JWS>";
    }

    /// <summary>
    /// Parses recorded JSON into nodes, or null when it is not JSON or an object in it repeats a member (which a
    /// <see cref="JsonObject"/> would accept and then throw on when read); <see cref="JsonText"/> scrubs such text.
    /// </summary>
    public static JsonNode? ParseJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return JsonElements.ParseNode(text, Strict);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A copy of a JSON document with every secret member replaced, at any depth.</summary>
    /// <param name="node">The document (parsed with <see cref="ParseJson"/> or built in code: a node that repeats a member cannot be read).</param>
    /// <param name="policy">What scrubbing keeps; <see cref="SecretPolicy.Default"/> (nothing) when null.</param>
    public static JsonNode? Json(JsonNode? node, SecretPolicy? policy = null) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(member => KeyValuePair.Create(member.Key,
            member.Value is JsonValue value && value.TryGetValue<string>(out var text) ? JsonValue.Create(Field(member.Key, text, policy)) : Json(member.Value, policy)))),
        JsonArray array => new JsonArray([.. array.Select(item => Json(item, policy))]),
        _ => node?.DeepClone(),
    };

    /// <summary>
    /// True when <see cref="Json"/> would change <paramref name="node"/>: some member, at any depth, is a string that
    /// <see cref="Field"/> replaces. Read from the node's text, so a parsed document is not built into nodes to find
    /// out that it holds no secret (most bodies hold none).
    /// </summary>
    internal static bool HasSecrets(JsonNode? node, SecretPolicy? policy = null)
    {
        if (node is null)
        {
            return false;
        }

        policy ??= SecretPolicy.Default;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        string? member = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                // Only the members Field may change are read as text.
                member = MayHoldSecret(ref reader);
                continue;
            }

            if (member is not null && reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && Field(member, text, policy) != text)
            {
                return true;
            }

            member = null;
        }

        return false;
    }

    private static readonly string[] SecretMembers = [.. Placeholders.Keys, .. Jwts, .. Urls];

    private static string? MayHoldSecret(ref Utf8JsonReader reader)
    {
        foreach (var name in SecretMembers)
        {
            if (reader.ValueTextEquals(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// JSON text with every secret member replaced, at any depth, written compactly; members are kept as written, a
    /// repeated one included (for JSON <see cref="ParseJson"/> refuses). Null when the text is not JSON.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="policy">What scrubbing keeps; <see cref="SecretPolicy.Default"/> (nothing) when null.</param>
    public static string? JsonText(string text, SecretPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            // JsonDocument keeps a repeated member (its default), where a JsonObject could not.
            using var document = JsonElements.Parse(text);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, Relaxed))
            {
                Write(writer, document.RootElement, policy ?? SecretPolicy.Default);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, SecretPolicy policy)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    writer.WritePropertyName(member.Name);
                    if (member.Value.ValueKind == JsonValueKind.String)
                    {
                        writer.WriteStringValue(Field(member.Name, member.Value.GetString()!, policy));
                    }
                    else
                    {
                        Write(writer, member.Value, policy);
                    }
                }

                writer.WriteEndObject();
                break;

            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, policy);
                }

                writer.WriteEndArray();
                break;

            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>An RFC 7230 token that starts with a letter, as an auth-scheme does: <c>[A-Za-z][A-Za-z0-9!#$%&amp;'*+.^_`|~-]*</c>.</summary>
    private static bool IsToken(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+.^_`|~-".Contains(c, StringComparison.Ordinal));

    /// <summary>The URL (without query or fragment) without <c>user:password@</c> in its authority.</summary>
    private static string WithoutUserInfo(string url)
    {
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0 || !IsToken(url[..separator]))
        {
            return url;
        }

        var start = separator + 3;
        var end = url.IndexOf('/', start);
        var authority = end < 0 ? url[start..] : url[start..end];
        var at = authority.LastIndexOf('@');
        return at < 0 ? url : url[..start] + url[(start + at + 1)..];
    }
}
