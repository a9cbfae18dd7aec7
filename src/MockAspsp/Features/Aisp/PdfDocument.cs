using System.Globalization;
using System.Text;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// A small, valid PDF 1.4 of monospaced text lines (Courier, WinAnsiEncoding, A4), written by hand so the mock needs no
/// PDF library: catalog, page tree, font, info, one page object and content stream per page, a cross-reference table.
/// The same lines and date give the same bytes.
/// </summary>
internal static class PdfDocument
{
    private const int LinesPerPage = 64;

    // PDF bytes are Latin-1 here: the structure is ASCII, text strings WinAnsi (Latin-1 outside 0x80-0x9F).
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Write(IReadOnlyList<string> lines, string title, DateTimeOffset created)
    {
        var pages = lines.Chunk(LinesPerPage).ToList();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{PageObject(i)} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
            $"<< /Title ({Escape(title)}) /Producer (OpenBanking.Fx mock bank) /CreationDate (D:{created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}Z) >>",
        };
        foreach (var (page, i) in pages.Select((page, i) => (page, i)))
        {
            var content = Content(page);
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {PageObject(i) + 1} 0 R >>");
            objects.Add($"<< /Length {Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        }

        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Latin1.GetBytes(text));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((body, i) => (body, i + 1)))
        {
            offsets.Add(pdf.Position);
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        Write(table.ToString());
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return pdf.ToArray();
    }

    // Objects 1-4 are the catalog, page tree, font and info; page i is object 5 + 2i, its content 6 + 2i.
    private static int PageObject(int page) => 5 + (2 * page);

    private static string Content(IEnumerable<string> lines) =>
        $"BT /F1 9 Tf 11 TL 40 800 Td {string.Join(" T* ", lines.Select(line => $"({Escape(line)}) Tj"))} ET";

    /// <summary>A PDF literal string's content: backslash and parentheses escaped, anything WinAnsi cannot show as '?'.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' or '(' or ')' => escaped.Append('\\').Append(c),
                < ' ' or > '\u00ff' or (>= '\u007f' and < '\u00a0') => escaped.Append('?'),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
