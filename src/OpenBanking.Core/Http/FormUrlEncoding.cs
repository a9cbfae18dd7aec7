using System.Text;

namespace OpenBanking.Core.Http;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> encoding as the WHATWG URL standard defines it:
/// UTF-8, alphanumerics and <c>*-._</c> kept, space as <c>+</c>, everything else <c>%XX</c>.
/// RFC 6749 §2.3.1 requires this encoding for client ids and secrets before Basic authentication.
/// </summary>
public static class FormUrlEncoding
{
    /// <summary>Encodes one name or value.</summary>
    public static string EncodeComponent(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsKept(b))
            {
                builder.Append((char)b);
            }
            else if (b == (byte)' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Encodes fields as <c>name=value&amp;name=value</c>, in order.</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => $"{EncodeComponent(f.Key)}={EncodeComponent(f.Value)}"));

    /// <summary>
    /// Decodes <c>a=1&amp;b=2</c> (a query string or fragment without its leading <c>?</c>/<c>#</c>)
    /// into fields, in order. Malformed escapes are kept literally, as browsers do.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        return encoded
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? pair : pair[..eq];
                var value = eq < 0 ? "" : pair[(eq + 1)..];
                return KeyValuePair.Create(DecodeComponent(name), DecodeComponent(value));
            })
            .ToList();
    }

    private static string DecodeComponent(string value) =>
        Uri.UnescapeDataString(value.Replace('+', ' '));

    private static bool IsKept(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_';
}
