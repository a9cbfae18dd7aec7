using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A payment file and the metadata its consent states about it (File Payments v3.1.11): the bank checks that FileHash is
/// the file's hash and that the metadata match the file's content, and refuses the file otherwise. These functions do
/// the same before the file is sent. The content is read for the two file types of the spec: <c>UK.OBIE.PaymentInitiation.3.1</c>
/// (JSON, <c>Data.DomesticPayments[]</c>, each an initiation with an <c>InstructedAmount</c>) and <c>UK.OBIE.pain.001.001.08</c>
/// (ISO 20022 XML: each <c>CdtTrfTxInf</c> with its <c>InstdAmt</c> or <c>EqvtAmt/Amt</c>). Another file type is hashed only.
/// </summary>
public static class PaymentFile
{
    private const string Initiation = "$.Data.Initiation";

    /// <summary>The FileHash of <paramref name="file"/>: the base64 encoding of its SHA-256 hash (44 characters).</summary>
    public static string Hash(ReadOnlySpan<byte> file) => Convert.ToBase64String(SHA256.HashData(file));

    /// <summary>
    /// The metadata of <paramref name="file"/> as a <paramref name="fileType"/> file: its FileHash and, for the spec's file
    /// types, its NumberOfTransactions and ControlSum. Add the reference, date and accounts with <c>with { … }</c>. A file the
    /// type's reader cannot read is a <see cref="ParseError"/> naming where.
    /// </summary>
    public static Either<OpenBankingError, FilePaymentInitiation> Describe(string fileType, ReadOnlyMemory<byte> file)
    {
        ArgumentNullException.ThrowIfNull(fileType);
        var hash = Hash(file.Span);
        return Summarise(fileType, file).Map(summary => summary.Match(
            Some: known => new FilePaymentInitiation(fileType, hash, NumberOfTransactions: known.Count.ToString(CultureInfo.InvariantCulture), ControlSum: known.Sum),
            None: () => new FilePaymentInitiation(fileType, hash)));
    }

    /// <summary>
    /// Why the bank must refuse <paramref name="file"/> as the file of <paramref name="initiation"/>, each at the member of
    /// the metadata it contradicts: a FileHash that is not the file's (padding aside: the spec's own examples leave it out),
    /// a file its type's reader cannot read, a NumberOfTransactions or ControlSum other than the file's. Empty when none.
    /// </summary>
    public static EquatableList<PaymentProblem> Problems(FilePaymentInitiation initiation, ReadOnlyMemory<byte> file)
    {
        ArgumentNullException.ThrowIfNull(initiation);
        var problems = new List<PaymentProblem>();
        var hash = Hash(file.Span);
        if (initiation.FileHash?.TrimEnd('=') != hash.TrimEnd('='))
        {
            problems.Add(new($"{Initiation}.FileHash", $"is not the file's: base64(SHA-256) of its {file.Length} bytes is {hash}"));
        }

        Summarise(initiation.FileType ?? "", file).Match(
            Right: summary => summary.IfSome(known =>
            {
                var count = known.Count.ToString(CultureInfo.InvariantCulture);
                if (initiation.NumberOfTransactions is { } stated && stated.TrimStart('0') != count.TrimStart('0'))
                {
                    problems.Add(new($"{Initiation}.NumberOfTransactions", $"'{stated}' is not the file's {count} transactions"));
                }

                if (initiation.ControlSum is { } sum && sum != known.Sum)
                {
                    problems.Add(new($"{Initiation}.ControlSum", $"{sum.ToString(CultureInfo.InvariantCulture)} is not the total of the file's amounts, {known.Sum.ToString(CultureInfo.InvariantCulture)}"));
                }
            }),
            Left: error => problems.Add(new($"{Initiation}.FileType", $"the file is not a {initiation.FileType} file the bank can read: {error.Message}")));
        return problems.ToEquatableList();
    }

    /// <summary>
    /// The metadata's own shape: NumberOfTransactions digits (the schema's <c>[0-9]{1,15}</c>, read as the whole value),
    /// ControlSum more than zero (a total of amounts that are).
    /// </summary>
    internal static void CheckSummary(PaymentRules rules, string prefix, string? numberOfTransactions, decimal? controlSum)
    {
        if (numberOfTransactions is not null && (numberOfTransactions.Length is < 1 or > 15 || !numberOfTransactions.All(char.IsAsciiDigit)))
        {
            rules.Add($"{prefix}NumberOfTransactions", $"'{numberOfTransactions}' is not 1 to 15 digits");
        }

        if (controlSum <= 0)
        {
            rules.Add($"{prefix}ControlSum", $"{controlSum.Value.ToString(CultureInfo.InvariantCulture)} is not more than zero");
        }
    }

    // How many transactions the file holds and the total of their amounts; none for a file type it cannot read.
    private static Either<OpenBankingError, Option<(int Count, decimal Sum)>> Summarise(string fileType, ReadOnlyMemory<byte> file) => fileType switch
    {
        PaymentFileTypes.PaymentInitiation31 => JsonSummary(file),
        PaymentFileTypes.Pain00100108 => XmlSummary(file),
        _ => Option<(int, decimal)>.None,
    };

    private static Either<OpenBankingError, Option<(int Count, decimal Sum)>> JsonSummary(ReadOnlyMemory<byte> file)
    {
        try
        {
            JsonElements.CheckUtf8(file.Span);
            var payments = JsonSerializer.Deserialize(file.Span, PaymentJson.Info<PaymentFileDocument>())?.Data?.DomesticPayments
                ?? throw new JsonException("the file has no Data.DomesticPayments", "$", null, null);
            return Prelude.Some((payments.Count, payments.Sum(p => p.InstructedAmount.Amount)));
        }
        catch (JsonException e)
        {
            return new ParseError("payment file", $"a {PaymentFileTypes.PaymentInitiation31} document", e.Path, e.Message.Split(" Path:")[0]);
        }
    }

    private static Either<OpenBankingError, Option<(int Count, decimal Sum)>> XmlSummary(ReadOnlyMemory<byte> file)
    {
        // No DTD and no external resolution: a payment file is data, never a reason to fetch anything.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var count = 0;
        var sum = 0m;
        try
        {
            using var stream = new MemoryStream(file.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var inEquivalent = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "EqvtAmt")
                {
                    inEquivalent = false;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "CdtTrfTxInf":
                        count++;
                        break;
                    case "EqvtAmt":
                        inEquivalent = true;
                        break;
                    case "InstdAmt":
                    case "Amt" when inEquivalent:
                        sum += decimal.Parse(reader.ReadElementContentAsString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                        break;
                }
            }

            return count == 0
                ? new ParseError("payment file", $"a {PaymentFileTypes.Pain00100108} document", null, "it has no CdtTrfTxInf")
                : Prelude.Some((count, sum));
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException)
        {
            return new ParseError("payment file", $"a {PaymentFileTypes.Pain00100108} document", null, e.Message);
        }
    }
}
