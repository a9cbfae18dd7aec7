using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// A TPP's <c>x-jws-signature</c> as the message signing rules read it: a detached compact JWS
/// (<c>BASE64URL(header)..BASE64URL(signature)</c>, RFC 7515 Appendix F) on a Read/Write API request, its protected
/// header decoded (null when it is not base64url JSON). Values that are not detached JWSs are TPP-HDR-009's to report.
/// </summary>
/// <param name="EncodedHeader">The first part, as sent.</param>
/// <param name="Header">The protected header, or null when the first part is not base64url of a JSON object.</param>
/// <param name="Signature">The third part, as sent (a fixture's placeholder, <c>&lt;signature&gt;</c>, included).</param>
internal sealed partial record RequestSignature(string EncodedHeader, JsonObject? Header, string Signature)
{
    /// <summary>The header's path in findings.</summary>
    public const string Path = "$.request.headers.x-jws-signature";

    /// <summary>The path of a protected header member in findings.</summary>
    public static string HeaderPath(string member) => $"{Path}.header.{member}";

    /// <summary>The Open Banking private header parameters (Read/Write Data API Profile §Message Signing, Step 2).</summary>
    public const string Iat = "http://openbanking.org.uk/iat";

    /// <inheritdoc cref="Iat"/>
    public const string Iss = "http://openbanking.org.uk/iss";

    /// <inheritdoc cref="Iat"/>
    public const string Tan = "http://openbanking.org.uk/tan";

    /// <summary>The RFC 7797 unencoded-payload parameter, part of the profile before v3.1.4.</summary>
    public const string B64 = "b64";

    /// <summary>The signature of a Read/Write API request, or null when it has none or it is not a detached JWS.</summary>
    public static RequestSignature? Of(ExchangeView view)
    {
        if (view.Endpoint.Kind != EndpointKind.Api || view.Request.Header("x-jws-signature") is not { } value || !RequestHeaderRules.IsDetachedJws(value))
        {
            return null;
        }

        var parts = value.Split('.');
        return new(parts[0], DecodeHeader(parts[0]), parts[2]);
    }

    /// <summary>True when the signature was replaced by a placeholder (<c>&lt;signature&gt;</c>) when the traffic was recorded: there is nothing to verify.</summary>
    public bool Scrubbed => Signature.StartsWith('<');

    /// <summary>The header member <paramref name="name"/>, or null.</summary>
    public JsonNode? this[string name] => Header is { } header && header.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>True when the header has the member <paramref name="name"/> (of any value, null included).</summary>
    public bool Has(string name) => Header?.ContainsKey(name) ?? false;

    /// <summary>False when the header says <c>"b64": false</c> (RFC 7797: the payload is signed as it is, not base64url-encoded).</summary>
    public bool EncodesPayload => this[B64] is not JsonValue value || value.GetValueKind() != JsonValueKind.False;

    /// <summary>
    /// The minor version of Read/Write API v3.1 the exchange uses: from its path (<c>/open-banking/v3.1.3/…</c>), else the
    /// recording's <c>api_version</c> (<c>v3.1.3</c>); null when neither says (the checker then judges by v3.1.11).
    /// </summary>
    public static int? MinorVersion(ExchangeView view) =>
        int.TryParse(PathVersion().Match(view.Request.Path) is { Success: true } path ? path.Groups["minor"].Value
            : MetaVersion().Match(view.Traffic.Meta("api_version") ?? "") is { Success: true } meta ? meta.Groups["minor"].Value
            : null, out var minor)
            ? minor
            : null;

    /// <summary>True when the exchange uses v3.1.4 or later (or does not say): the profile without <c>b64</c>.</summary>
    public static bool WithoutB64(ExchangeView view) => MinorVersion(view) is not { } minor || minor >= 4;

    /// <summary>
    /// The bytes the TPP may have signed: the body exactly as sent when the recording keeps it; otherwise, for a JSON
    /// body kept only as a document, its compact text as the library writes it (no escaping beyond JSON's) and as
    /// System.Text.Json does by default, since the recording cannot say which.
    /// </summary>
    public static IReadOnlyList<byte[]> SignedBodies(RecordedBody body) => body switch
    {
        RecordedBody.Json { Sent: { } sent } => [Encoding.UTF8.GetBytes(sent)],
        RecordedBody.Json json => [.. new[] { Compact(json.Value, Relaxed), Compact(json.Value, Escaped) }.Distinct().Select(Encoding.UTF8.GetBytes)],
        RecordedBody.Text text => [Encoding.UTF8.GetBytes(text.Value)],
        RecordedBody.Form form => [Encoding.UTF8.GetBytes(FormUrlEncoding.Encode(form.Fields))],
        _ => [[]],
    };

    /// <summary>The body as one text, for telling bodies apart: as sent when known, else its compact JSON (see <see cref="SignedBodies"/>).</summary>
    public static string BodyText(RecordedBody body) => Encoding.UTF8.GetString(SignedBodies(body)[0]);

    /// <summary>The JWS signing input over <paramref name="body"/> (RFC 7515 §5.1; RFC 7797 §3 when <c>b64</c> is false).</summary>
    public byte[] SigningInput(byte[] body)
    {
        var head = Encoding.ASCII.GetBytes(EncodedHeader + ".");
        var payload = EncodesPayload ? Encoding.ASCII.GetBytes(Base64Url.EncodeToString(body)) : body;
        return [.. head, .. payload];
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Escaped = new();

    private static string Compact(JsonNode? node, JsonSerializerOptions options) => node?.ToJsonString(options) ?? "null";

    private static JsonObject? DecodeHeader(string encoded)
    {
        try
        {
            return Base64Url.IsValid(encoded) ? WireFormats.ParseJson(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded))) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("/open-banking/v3\\.1\\.(?<minor>[0-9]{1,3})/")]
    private static partial Regex PathVersion();

    [GeneratedRegex("^v?3\\.1\\.(?<minor>[0-9]{1,3})$")]
    private static partial Regex MetaVersion();
}
