using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using MockAspsp.Seed;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// The statement file (GET /accounts/{AccountId}/statements/{StatementId}/file): "unstructured data in binary (e.g., pdf,
/// doc) or text (e.g., csv) formats ... specified in the Accept header by the AISP" (Statements v3.1.11, Data Model). This
/// bank offers a PDF (the default) and a CSV of the statement's lines; a card number on it is masked unless ReadPAN.
/// </summary>
public static class StatementFile
{
    /// <summary>The PDF's media type.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>The CSV's media type.</summary>
    public const string Csv = "text/csv";

    /// <summary>The media types on offer, the bank's preference first.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } = [Pdf, Csv];

    /// <summary>
    /// The media type to answer an <c>Accept</c> header with, or null when it accepts none on offer (a 406). No Accept
    /// means any (RFC 9110 §12.5.1); the most specific range that matches a type decides its weight, q=0 refuses it,
    /// and between equal weights the PDF wins.
    /// </summary>
    public static string? Choose(string accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (accept.Trim().Length == 0)
        {
            return Pdf;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges))
        {
            return null;
        }

        double Weight(string type) =>
            ranges.Where(r => Matches(r, type)).OrderByDescending(Specificity).Select(r => r.Quality ?? 1).FirstOrDefault();

        return MediaTypes.Select(type => (Type: type, Weight: Weight(type))).Where(c => c.Weight > 0)
            .OrderByDescending(c => c.Weight).Select(c => c.Type).FirstOrDefault();
    }

    private static bool Matches(MediaTypeHeaderValue range, string type)
    {
        var (main, sub) = (type[..type.IndexOf('/', StringComparison.Ordinal)], type[(type.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        var rangeType = range.Type.Value ?? "";
        var rangeSub = range.SubType.Value ?? "";
        return (rangeType == "*" || rangeType.Equals(main, StringComparison.OrdinalIgnoreCase))
            && (rangeSub == "*" || rangeSub.Equals(sub, StringComparison.OrdinalIgnoreCase));
    }

    private static int Specificity(MediaTypeHeaderValue range) => range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;

    /// <summary>The file in <paramref name="mediaType"/> (one of <see cref="MediaTypes"/>).</summary>
    public static byte[] Render(string mediaType, BankStatement statement, BankAccount account, IReadOnlyList<BankTransaction> lines, bool readPan) =>
        mediaType switch
        {
            Pdf => PdfDocument.Write(PdfLines(statement, account, lines, readPan), statement.Description, statement.CreationDateTime),
            Csv => Encoding.UTF8.GetBytes(CsvText(lines)),
            _ => throw new ArgumentException($"'{mediaType}' is not a statement file type", nameof(mediaType)),
        };

    /// <summary>The file name to offer: the statement id and the type's extension.</summary>
    public static string FileName(BankStatement statement, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return $"{statement.StatementId}.{(mediaType == Pdf ? "pdf" : "csv")}";
    }

    private static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string> PdfLines(BankStatement s, BankAccount account, IReadOnlyList<BankTransaction> lines, bool readPan)
    {
        var text = new List<string>
        {
            $"MOCK ASPSP{s.StatementReference,82}",
            s.Description,
            "",
            account.HolderName,
            $"{account.SchemeName} {Wire.Identification(account.SchemeName, account.Identification, readPan)}",
            $"Period {Day(s.StartDateTime)} to {Day(s.EndDateTime)}, issued {Day(s.CreationDateTime)}, amounts in {s.Currency}",
            "",
            $"{"Balance brought forward",-40}{Money(s.OpeningBalance),16}",
            $"{"Paid in",-40}{Money(s.TotalCredits),16}",
            $"{"Paid out",-40}{Money(s.TotalDebits),16}",
            $"{"Balance carried forward",-40}{Money(s.ClosingBalance),16}",
        };
        if (s.MinimumPaymentDue is { } minimum && s.PaymentDueDateTime is { } due)
        {
            text.Add($"{$"Minimum payment due by {Day(due)}",-40}{Money(minimum),16}");
        }

        text.Add("");
        text.Add($"{"Date",-12}{"Description",-38}{"Paid out",14}{"Paid in",14}{"Balance",14}");
        text.AddRange(lines.Select(t =>
            $"{Day(t.BookingDateTime),-12}{Truncate(t.Information, 36),-38}{(t.IsCredit ? "" : Money(t.Amount)),14}{(t.IsCredit ? Money(t.Amount) : ""),14}{Money(t.BalanceAfter),14}"));
        text.Add("");
        text.Add($"{lines.Count} transactions. This statement was made by the OpenBanking.Fx mock bank from seeded data.");
        return text;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "~";

    private static string CsvText(IReadOnlyList<BankTransaction> lines)
    {
        var csv = new StringBuilder("Date,Transaction id,Description,Paid out,Paid in,Balance\r\n");
        foreach (var t in lines)
        {
            string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{Day(t.BookingDateTime)},{Field(t.TransactionId)},{Field(t.Information)},")
                .Append(t.IsCredit ? "" : Amount(t.Amount)).Append(',')
                .Append(t.IsCredit ? Amount(t.Amount) : "").Append(',')
                .Append(Amount(t.BalanceAfter)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>An RFC 4180 field: quoted when it holds a comma, a quote or a line break, with quotes doubled.</summary>
    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
