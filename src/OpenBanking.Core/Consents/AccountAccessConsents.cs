using System.Buffers;
using System.Text.Json;
using System.Text;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Consents;

/// <summary>
/// The account access consent's model on the wire (Account and Transaction API v3.1.11, Account Access Consents): the
/// OBReadConsent1 body, the rules a request must meet, and the OBReadConsentResponse1 reader. The operations are
/// <see cref="Accounts.AccountInformation.CreateConsent"/>, <c>GetConsent</c> and <c>DeleteConsent</c>.
/// </summary>
public static class AccountAccessConsents
{
    /// <summary>
    /// Why the bank must refuse <paramref name="consent"/>, all reasons joined, or null: a permission set the specification
    /// rejects (<see cref="ObPermission.Rejections"/>: empty, an unknown code, Basic/Detail without Credits/Debits or the
    /// reverse), from after to, an expiry not after <paramref name="now"/>. <see cref="ObPermission.Advice"/> is no reason.
    /// </summary>
    public static string? Problems(AccountAccessConsentRequest consent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var problems = ObPermission.Rejections(consent.Permissions).Select(p => p.Message).ToList();
        if (consent.TransactionFromDateTime > consent.TransactionToDateTime)
        {
            problems.Add("TransactionFromDateTime is after TransactionToDateTime");
        }

        if (consent.ExpirationDateTime <= now)
        {
            problems.Add($"ExpirationDateTime {IsoDateTime.Format(consent.ExpirationDateTime.Value)} is not in the future");
        }

        return problems.Count > 0 ? string.Join("; ", problems) : null;
    }

    /// <summary>The body of a create request: OBReadConsent1 with an empty <c>Risk</c>.</summary>
    public static string Body(AccountAccessConsentRequest consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Data");
            writer.WriteStartArray("Permissions");
            foreach (var permission in consent.Permissions)
            {
                writer.WriteStringValue(permission);
            }

            writer.WriteEndArray();
            WriteDate(writer, "ExpirationDateTime", consent.ExpirationDateTime);
            WriteDate(writer, "TransactionFromDateTime", consent.TransactionFromDateTime);
            WriteDate(writer, "TransactionToDateTime", consent.TransactionToDateTime);
            writer.WriteEndObject();
            writer.WriteStartObject("Risk");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Parses the answer to a delete: 204 is success.</summary>
    internal static Either<OpenBankingError, Unit> ParseDeleted(HttpResponseSpec response, string operation) =>
        response.Status == 204
            ? Prelude.unit
            : response.IsSuccess
                ? new ParseError(operation, "HTTP 204", null, $"the bank answered HTTP {response.Status}", response.InteractionId)
                : ResponseErrors.Classify(response, operation);

    /// <summary>Parses an OBReadConsentResponse1 answer with status <paramref name="status"/>.</summary>
    internal static Either<OpenBankingError, AccountAccessConsent> Parse(HttpResponseSpec response, string operation, int status) =>
        ObJson.Read(response, ObJsonContext.Default.ConsentResponseDocument, operation, status, "an OBReadConsentResponse1 document")
            .Bind(document => ToConsent(document, operation, response.InteractionId));

    // The members OBReadConsentResponse1 requires that the serializer cannot check by itself: checked in document order.
    private static Either<OpenBankingError, AccountAccessConsent> ToConsent(ConsentResponseDocument document, string operation, string? interactionId)
    {
        var data = document.Data;
        // v3.x says ConsentId; v2.0 banks said AccountRequestId (and had no StatusUpdateDateTime).
        var id = data.ConsentId ?? data.AccountRequestId;
        if (string.IsNullOrEmpty(id))
        {
            return new ParseError(operation, "a consent id", "$.Data.ConsentId", "neither ConsentId nor AccountRequestId is present", interactionId);
        }

        if (data.ConsentId is not null && data.StatusUpdateDateTime is null)
        {
            return new ParseError(operation, "StatusUpdateDateTime", "$.Data.StatusUpdateDateTime", "it is missing", interactionId);
        }

        if (data.Permissions.Count == 0)
        {
            return new ParseError(operation, "at least one permission (minItems 1)", "$.Data.Permissions", "the array is empty", interactionId);
        }

        if (document.Risk is not { ValueKind: JsonValueKind.Object })
        {
            return new ParseError(operation, "a Risk object (OBRisk2; an empty one will do)", "$.Risk",
                document.Risk is { } risk ? $"it is a JSON {risk.ValueKind.ToString().ToLowerInvariant()}" : "it is missing", interactionId);
        }

        return new AccountAccessConsent(id, data.Status, data.CreationDateTime, data.StatusUpdateDateTime, data.Permissions,
            data.ExpirationDateTime, data.TransactionFromDateTime, data.TransactionToDateTime);
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, IsoDateTime.Format(date));
        }
    }
}
