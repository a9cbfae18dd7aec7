using System.Text;
using CsCheck;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Tests.Robustness;

/// <summary>A body made from a seed (or from nothing), and the content type it came with.</summary>
/// <param name="Body">The bytes.</param>
/// <param name="ContentType">The Content-Type header, or null for none.</param>
internal sealed record MutatedBody(byte[] Body, string? ContentType)
{
    private static readonly string?[] ContentTypes =
        ["application/json", "application/json", "application/json", "application/json; charset=utf-8", "text/html", "application/jose", null];

    /// <summary>Mostly mutations of <paramref name="seed"/>; some bodies of random bytes; content types mostly JSON.</summary>
    public static Gen<MutatedBody> From(string seed) =>
        Gen.Frequency(
            (6, Gen.Select(JsonMutation.Changes, Gen.Int[0, ContentTypes.Length - 1], (changes, type) => new MutatedBody(JsonMutation.Apply(seed, changes), ContentTypes[type]))),
            (1, Gen.Select(Gen.Byte.Array[0, 64], Gen.Int[0, ContentTypes.Length - 1], (bytes, type) => new MutatedBody(bytes, ContentTypes[type]))));

    /// <summary>The seed without one of <paramref name="required"/> members, and mutated elsewhere (never bringing it back).</summary>
    public static Gen<(string Removed, MutatedBody Body)> Without(string seed, IReadOnlyList<string> required) =>
        Gen.Select(Gen.Int[0, required.Count - 1], JsonMutation.Changes,
            (i, changes) => (required[i], new MutatedBody(JsonMutation.Apply(seed, changes, removed: required[i]), "application/json")));

    /// <summary>
    /// As <see cref="Without"/>, for readers of text: only bodies that are UTF-8, since decoding a bad byte inside a
    /// member name gives U+FFFD, a renamed (unknown) member, which a reader may rightly pass over.
    /// </summary>
    public static Gen<(string Removed, MutatedBody Body)> TextWithout(string seed, IReadOnlyList<string> required) =>
        Without(seed, required).Where(input => System.Text.Unicode.Utf8.IsValid(input.Body.Body));

    /// <summary>The body as a response with <paramref name="status"/>.</summary>
    public HttpResponseSpec Response(int status) =>
        new(status, ContentType is null ? [] : [KeyValuePair.Create("Content-Type", ContentType)], Body);

    /// <summary>The body as text, for reporting a failing input.</summary>
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"[{ContentType ?? "no content type"}] {(text.Length > 400 ? text[..400] + "…" : text)}";
    }
}
