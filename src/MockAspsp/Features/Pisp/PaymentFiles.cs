using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// Payment files, read and checked against their consent, purely. Two file types: UK.OBIE.PaymentInitiation.3.1, JSON
/// — <c>{"Data": {"DomesticPayments": [ Initiation, … ]}}</c>, each payment shaped like a domestic payment's Initiation —
/// and UK.OBIE.pain.001.001.08, ISO 20022 XML (<c>CstmrCdtTrfInitn</c>: each <c>CdtTrfTxInf</c> a payment). The file must
/// hash (SHA-256, base64) to the consent's FileHash and, when the consent declares them, hold NumberOfTransactions
/// payments summing to ControlSum; a file that differs from its consent is UK.OBIE.Resource.ConsentMismatch (the spec
/// names no code of its own for it), one that cannot be read UK.OBIE.Resource.InvalidFormat.
/// </summary>
public static class PaymentFiles
{
    /// <summary>The JSON file type.</summary>
    public const string JsonFileType = "UK.OBIE.PaymentInitiation.3.1";

    /// <summary>The ISO 20022 file type.</summary>
    public const string XmlFileType = "UK.OBIE.pain.001.001.08";

    private const string Pain001 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.08";

    /// <summary>The media types a file of <paramref name="fileType"/> may be uploaded as.</summary>
    public static IReadOnlyList<string> MediaTypes(string fileType) => fileType == XmlFileType ? ["application/xml", "text/xml"] : ["application/json"];

    /// <summary>
    /// The upload of <paramref name="bytes"/> to the client's file payment consent: the consent must await its file
    /// (UK.OBIE.Resource.InvalidConsentStatus), the media type be the file type's (415), and the file match the consent.
    /// The consent then awaits authorisation, its amount the file's total.
    /// </summary>
    public static (BankState State, Either<ObError, string> Uploaded) Upload(
        BankState state, string clientId, string consentId, string? contentType, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(state);
        var uploaded =
            from consent in PaymentDecisions.Consent(state, PaymentApi.Of(PaymentKind.File), clientId, consentId)
            from waiting in consent.Status == PaymentConsentStatus.AwaitingUpload
                ? Prelude.Right<ObError, Unit>(Prelude.unit)
                : new ObError(400, ObCodes.InvalidConsentStatus, $"the consent is {consent.Status}: its file was uploaded already", "ConsentId")
            let expected = consent.Terms.File!
            from media in MediaTypes(expected.FileType).Any(m => OAuth.OAuthEndpoints.IsMediaType(contentType, m))
                ? Prelude.Right<ObError, Unit>(Prelude.unit)
                : new ObError(415, ObCodes.HeaderInvalid, $"a {expected.FileType} file is uploaded as {string.Join(" or ", MediaTypes(expected.FileType))}", "Content-Type")
            from file in Read(expected, bytes, contentType!)
            select consent with
            {
                Status = PaymentConsentStatus.AwaitingAuthorisation,
                File = file,
                Terms = consent.Terms with { Amount = file.Transactions.Sum(t => t.Amount) },
            };
        return uploaded.Match(
            Right: consent => (state with { PaymentConsents = state.PaymentConsents.SetItem(consent.ConsentId, consent) }, Prelude.Right<ObError, string>(consent.ConsentId)),
            Left: error => (state, Prelude.Left<ObError, string>(error)));
    }

    /// <summary>The file, read and compared with what its consent declared.</summary>
    public static Either<ObError, UploadedFile> Read(FileExpectation expected, byte[] bytes, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(bytes);
        var hash = Convert.ToBase64String(SHA256.HashData(bytes));
        if (hash != expected.FileHash)
        {
            return Mismatch("FileHash", $"the file's SHA-256 is {hash}, not the consent's FileHash {expected.FileHash}");
        }

        return (expected.FileType == XmlFileType ? Xml(bytes) : Json(bytes)).Bind(transactions =>
            expected.NumberOfTransactions is { } count && count != transactions.Length
                ? Mismatch("NumberOfTransactions", $"the file holds {transactions.Length} payments; the consent says {count}")
                : expected.ControlSum is { } sum && sum != transactions.Sum(t => t.Amount)
                    ? Mismatch("ControlSum", $"the file's payments sum to {transactions.Sum(t => t.Amount).ToString(CultureInfo.InvariantCulture)}; the consent says {sum.ToString(CultureInfo.InvariantCulture)}")
                    : Prelude.Right<ObError, UploadedFile>(new UploadedFile([.. bytes], mediaType, transactions)));
    }

    private static Either<ObError, ImmutableArray<FileTransaction>> Json(byte[] bytes)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Unreadable("the file is not JSON");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("DomesticPayments", out var payments) || payments.ValueKind != JsonValueKind.Array || payments.GetArrayLength() == 0)
        {
            return Unreadable($"a {JsonFileType} file is {{\"Data\": {{\"DomesticPayments\": [ … ]}}}} with at least one payment");
        }

        var transactions = ImmutableArray.CreateBuilder<FileTransaction>();
        foreach (var (payment, i) in payments.EnumerateArray().Select((p, i) => (p, i)))
        {
            var path = $"Data.DomesticPayments[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (PaymentSchemas.CheckMember("OBWriteDomestic2", ["Data", "Initiation"], payment, path) is { } problem)
            {
                return problem with { ErrorCode = ObCodes.InvalidFormat, Message = $"the file's {problem.Message}" };
            }

            var amount = payment.GetProperty("InstructedAmount");
            var reference = payment.TryGetProperty("RemittanceInformation", out var remittance) && remittance.TryGetProperty("Reference", out var r) ? r.GetString() : null;
            transactions.Add(new FileTransaction(payment.GetProperty("EndToEndIdentification").GetString()!, decimal.Parse(amount.GetProperty("Amount").GetString()!, CultureInfo.InvariantCulture),
                amount.GetProperty("Currency").GetString()!, payment.GetProperty("CreditorAccount").GetProperty("Name").GetString()!, reference));
        }

        return Checked(transactions.ToImmutable());
    }

    private static Either<ObError, ImmutableArray<FileTransaction>> Xml(byte[] bytes)
    {
        XDocument document;
        try
        {
            // No DTDs and no external resolution: a payment file is data, never a reason to fetch anything.
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return Unreadable("the file is not well-formed XML");
        }

        XNamespace ns = Pain001;
        var initiation = document.Root?.Name == ns + "Document" ? document.Root.Element(ns + "CstmrCdtTrfInitn") : null;
        if (initiation is null)
        {
            return Unreadable($"a {XmlFileType} file is a {Pain001} Document with a CstmrCdtTrfInitn");
        }

        var transactions = ImmutableArray.CreateBuilder<FileTransaction>();
        foreach (var transfer in initiation.Elements(ns + "PmtInf").Elements(ns + "CdtTrfTxInf"))
        {
            var amount = transfer.Element(ns + "Amt")?.Element(ns + "InstdAmt");
            var endToEnd = transfer.Element(ns + "PmtId")?.Element(ns + "EndToEndId")?.Value;
            var name = transfer.Element(ns + "Cdtr")?.Element(ns + "Nm")?.Value;
            if (amount is null || endToEnd is null || name is null || amount.Attribute("Ccy")?.Value is not { } currency
                || !decimal.TryParse(amount.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return Unreadable("every CdtTrfTxInf needs PmtId/EndToEndId, Amt/InstdAmt with its Ccy, and Cdtr/Nm");
            }

            transactions.Add(new FileTransaction(endToEnd, value, currency, name, transfer.Element(ns + "RmtInf")?.Element(ns + "Ustrd")?.Value));
        }

        return transactions.Count == 0 ? Unreadable("the file holds no CdtTrfTxInf") : Checked(transactions.ToImmutable());
    }

    private static Either<ObError, ImmutableArray<FileTransaction>> Checked(ImmutableArray<FileTransaction> transactions) =>
        transactions.FirstOrDefault(t => t.Amount <= 0) is { } free ? Unreadable($"payment {free.EndToEndIdentification} is not for more than zero")
        : transactions.FirstOrDefault(t => t.Currency != InitiationRules.DomesticCurrency) is { } foreign
            ? new ObError(400, ObCodes.UnsupportedCurrency, $"payment {foreign.EndToEndIdentification} is in {foreign.Currency}; a file's payments are in {InitiationRules.DomesticCurrency}")
            : transactions;

    private static ObError Mismatch(string member, string message) => new(400, ObCodes.ConsentMismatch, message, $"Data.Initiation.{member}");

    private static ObError Unreadable(string message) => new(400, ObCodes.InvalidFormat, message);
}
