using System.Buffers;
using System.Text.Json;
using System.Text;
using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Consents;

/// <summary>
/// Builders and parsers for <c>/account-access-consents</c> (Account and Transaction API v3.1.11,
/// Account Access Consents): create with OBReadConsent1, get and delete by ConsentId. These
/// requests use the client credentials token.
/// </summary>
public static class AccountAccessConsents
{
    private const string Path = "/account-access-consents";

    /// <summary>
    /// POST a new consent. The permission set and dates are checked first: a set the bank must
    /// reject (unknown code, Basic/Detail without Credits/Debits, ...) is a <see cref="ValidationError"/>
    /// on <c>permissions</c>, not a request.
    /// </summary>
    public static Either<OpenBankingError, HttpRequestSpec> Create(
        ValidatedApiConfig config,
        string accessToken,
        AccountAccessConsentRequest consent,
        DateTimeOffset now,
        string interactionId,
        CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(consent);
        var problems = ObPermission.Problems(consent.Permissions).ToList();
        if (consent.TransactionFromDateTime > consent.TransactionToDateTime)
        {
            problems.Add("TransactionFromDateTime is after TransactionToDateTime");
        }

        if (consent.ExpirationDateTime <= now)
        {
            problems.Add($"ExpirationDateTime {IsoDateTime.Format(consent.ExpirationDateTime.Value)} is not in the future");
        }

        if (problems.Count > 0)
        {
            return new ValidationError("permissions", string.Join("; ", problems));
        }

        return ResourceRequest.Build(config, "POST account-access-consents", HttpMethod.Post, Path, accessToken, interactionId,
            customer, new RequestBody.Json(Body(consent)));
    }

    /// <summary>GET a consent by its id (to see whether the PSU has authorised it).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Get(
        ValidatedApiConfig config, string accessToken, string consentId, string interactionId, CustomerContext? customer = null) =>
        ById(config, "GET account-access-consents", HttpMethod.Get, accessToken, consentId, interactionId, customer);

    /// <summary>DELETE a consent: the TPP's way to end it (the bank answers 204).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Delete(
        ValidatedApiConfig config, string accessToken, string consentId, string interactionId, CustomerContext? customer = null) =>
        ById(config, "DELETE account-access-consents", HttpMethod.Delete, accessToken, consentId, interactionId, customer);

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

    /// <summary>Parses the 201 of a create.</summary>
    public static Either<OpenBankingError, AccountAccessConsent> ParseCreated(HttpResponseSpec response) =>
        Parse(response, "POST account-access-consents", 201);

    /// <summary>Parses the 200 of a get.</summary>
    public static Either<OpenBankingError, AccountAccessConsent> ParseRead(HttpResponseSpec response) =>
        Parse(response, "GET account-access-consents", 200);

    /// <summary>Parses the answer to a delete: 204 is success.</summary>
    public static Either<OpenBankingError, Unit> ParseDeleted(HttpResponseSpec response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Status == 204
            ? Prelude.unit
            : response.IsSuccess
                ? new ParseError("DELETE account-access-consents", "HTTP 204", null, $"the bank answered HTTP {response.Status}", response.InteractionId)
                : ResponseErrors.Classify(response, "DELETE account-access-consents");
    }

    private static Either<OpenBankingError, AccountAccessConsent> Parse(HttpResponseSpec response, string operation, int status) =>
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

    private static Either<OpenBankingError, HttpRequestSpec> ById(
        ValidatedApiConfig config, string operation, HttpMethod method, string accessToken, string consentId, string interactionId,
        CustomerContext? customer)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrWhiteSpace(consentId))
        {
            return new ValidationError("consent_id", "the ConsentId is empty");
        }

        return ResourceRequest.Build(config, operation, method, $"{Path}/{Uri.EscapeDataString(consentId)}", accessToken, interactionId, customer);
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, IsoDateTime.Format(date));
        }
    }
}
