using System.Globalization;
using System.Text;

namespace OpenBanking.Cli.Support;

/// <summary>
/// The one way text obx did not write itself — a bank's error message, an HTML excerpt, a status line, a nickname, an
/// id, a file name — reaches the terminal: as characters to read, never as instructions to the terminal. Control
/// characters (C0, DEL, C1: ANSI/OSC escape sequences start with them), bidi overrides and isolates, and line and
/// paragraph separators are shown visibly, C style: <c>\e</c> for ESC, <c>\r</c>, <c>\n</c>, <c>\t</c>, <c>\a</c>,
/// <c>\0</c>, and <c>\uXXXX</c> for the rest.
/// </summary>
public static class TerminalText
{
    /// <summary>The marker a cut value ends in.</summary>
    public const string Ellipsis = "…";

    /// <summary>One line: every unsafe character shown visibly, line breaks included.</summary>
    public static string Line(string? text) => Escape(text, keepLineFeeds: false);

    /// <summary>Several lines: line feeds kept as they are, every other unsafe character (CR included) shown visibly.</summary>
    public static string Lines(string? text) => Escape(text, keepLineFeeds: true);

    /// <summary><see cref="Line"/>, then escaped for Spectre.Console markup, so that brackets are shown, not obeyed.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Line(text));

    /// <summary>
    /// A table cell: <see cref="Line"/>, cut to <paramref name="maxWidth"/> characters with <see cref="Ellipsis"/> as
    /// the last when longer, and escaped for markup. Only the start of a long value is read.
    /// </summary>
    public static string Cell(string? text, int maxWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 2);
        var source = text ?? "";
        // An escaped character is at least as long as the character, so the first maxWidth + 1 characters are enough.
        var shown = Line(source.Length > maxWidth + 1 ? source[..(maxWidth + 1)] : source);
        if (shown.Length > maxWidth)
        {
            var cut = maxWidth - 1;
            if (char.IsHighSurrogate(shown[cut - 1]))
            {
                cut--;
            }

            shown = shown[..cut] + Ellipsis;
        }

        return Spectre.Console.Markup.Escape(shown);
    }

    /// <summary>
    /// JSON from a serialiser, with the characters it leaves raw in strings (bidi controls, line separators, whatever
    /// its encoder allows) written as <c>\uXXXX</c> escapes, which mean the same to a JSON reader. The serialiser's own
    /// line breaks and indentation are kept.
    /// </summary>
    public static string Json(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Any(c => Unsafe(c) && c is not ('\n' or '\r' or '\t')))
        {
            return json;
        }

        var escaped = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            escaped.Append(Unsafe(c) && c is not ('\n' or '\r' or '\t') ? Hex(c) : c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>True for a character a terminal may act on rather than show.</summary>
    public static bool Unsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static string Escape(string? text, bool keepLineFeeds)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(Unsafe))
        {
            return text ?? "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' when keepLineFeeds => "\n",
                _ when !Unsafe(c) => c.ToString(),
                '\u001b' => @"\e",
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                '\a' => @"\a",
                '\0' => @"\0",
                _ => Hex(c),
            });
        }

        return escaped.ToString();
    }

    private static string Hex(char c) => $@"\u{((int)c).ToString("x4", CultureInfo.InvariantCulture)}";
}
