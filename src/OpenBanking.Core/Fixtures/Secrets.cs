using System.Text.Json.Nodes;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Fixtures;

/// <summary>
/// Where secrets hide in Read/Write API traffic, and the placeholders that replace them in fixtures: client
/// secrets, Authorization values, access and refresh tokens, authorisation codes and passwords become stable
/// placeholders; JWTs keep their header and claims but lose their signature — except id_tokens when the
/// <see cref="FixtureOptions"/> explicitly keep their signatures for a bank's TEST key.
/// </summary>
public static class Secrets
{
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

    /// <summary>A header value without its credential: <c>Bearer &lt;access_token&gt;</c>, <c>Basic &lt;client credentials&gt;</c>.</summary>
    public static string Header(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var scheme = value.Split(' ', 2)[0];
        return scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? $"{scheme} <access_token>" : $"{scheme} <client credentials>";
    }

    /// <summary>A form, query or JSON value named <paramref name="name"/>, with any secret replaced.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="value">Its value.</param>
    /// <param name="options">What the recording keeps; <see cref="FixtureOptions.Default"/> when null.</param>
    public static string Field(string name, string value, FixtureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        options ??= FixtureOptions.Default;
        return Placeholders.TryGetValue(name, out var placeholder) ? placeholder
            : name == "id_token" && options.KeepsIdTokenSignatures ? value
            : Jwts.Contains(name) ? WithoutSignature(value)
            : Urls.Contains(name) ? Url(value, options)
            : value;
    }

    /// <summary>A URL with the secrets in its query and fragment replaced (a code, an id_token's signature, a request object's).</summary>
    /// <param name="url">The URL.</param>
    /// <param name="options">What the recording keeps; <see cref="FixtureOptions.Default"/> when null.</param>
    public static string Url(string url, FixtureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var beforeFragment = hash < 0 ? url : url[..hash];
        var question = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? null : beforeFragment[(question + 1)..];
        var path = question < 0 ? beforeFragment : beforeFragment[..question];
        string Scrub(string part) => FormUrlEncoding.Encode(FormUrlEncoding.Decode(part).Select(p => KeyValuePair.Create(p.Key, Field(p.Key, p.Value, options))));
        return path + (query is null ? "" : "?" + Scrub(query)) + (fragment is null ? "" : "#" + Scrub(fragment));
    }

    /// <summary>A compact JWS without its signature (<c>header.payload.</c>): readable, and useless as a credential.</summary>
    public static string WithoutSignature(string jws)
    {
        ArgumentNullException.ThrowIfNull(jws);
        var parts = jws.Split('.');
        return parts.Length == 3 ? $"{parts[0]}.{parts[1]}." : "<not a JWS>";
    }

    /// <summary>A copy of a JSON document with every secret member replaced, at any depth.</summary>
    /// <param name="node">The document.</param>
    /// <param name="options">What the recording keeps; <see cref="FixtureOptions.Default"/> when null.</param>
    public static JsonNode? Json(JsonNode? node, FixtureOptions? options = null) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(member => KeyValuePair.Create(member.Key,
            member.Value is JsonValue value && value.TryGetValue<string>(out var text) ? JsonValue.Create(Field(member.Key, text, options)) : Json(member.Value, options)))),
        JsonArray array => new JsonArray([.. array.Select(item => Json(item, options))]),
        _ => node?.DeepClone(),
    };
}
