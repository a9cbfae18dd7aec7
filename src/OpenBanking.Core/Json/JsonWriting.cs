using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenBanking.Core.Json;

/// <summary>How the library writes JSON: compact, and without escaping characters such as <c>+</c> and <c>&amp;</c>
/// (the default encoder writes <c>\u002B</c>, valid but surprising in a date offset or a URL).</summary>
internal static class JsonWriting
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
