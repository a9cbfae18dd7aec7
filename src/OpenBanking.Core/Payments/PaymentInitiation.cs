using System.Net.Http.Headers;
using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The Payment Initiation API v3.1.11 as a table: the family and its 41 operations as <see cref="ApiCall{T}"/>s, for the
/// seven payment types — domestic, domestic scheduled, domestic standing order, international, international scheduled,
/// international standing order and file: create and get the consent (and its funds confirmation where the spec has one),
/// submit the payment and get it and its payment details, and for files upload and download the file and read the report.
/// Every POST is a submission (<see cref="ApiFamily.Submission{T}"/>: <c>x-idempotency-key</c> and <c>x-jws-signature</c>);
/// every answer is signed by the bank. A builder checks its request first (<see cref="PaymentValidation"/>,
/// <see cref="PaymentFile.Problems"/>): a request the bank must refuse is one <see cref="ValidationError"/> listing every
/// problem, checked at the context's <see cref="CallContext.Now"/>, not a request. Consents are created and read with the
/// client credentials token; funds confirmation and submissions take the PSU's authorisation code token.
/// </summary>
public static class PaymentInitiation
{
    /// <summary>The family: base path <c>/open-banking/v3.1/pisp</c> (<c>pisp_base_path</c>), scope <c>payments</c>.</summary>
    public static ApiFamily Family { get; } = new("Payment Initiation API", "pisp", "payments", "/domestic-payment-consents");

    private const string DomesticConsents = "domestic-payment-consents";
    private const string DomesticPayments = "domestic-payments";
    private const string DomesticScheduledConsents = "domestic-scheduled-payment-consents";
    private const string DomesticScheduledPayments = "domestic-scheduled-payments";
    private const string DomesticStandingOrderConsents = "domestic-standing-order-consents";
    private const string DomesticStandingOrders = "domestic-standing-orders";
    private const string InternationalConsents = "international-payment-consents";
    private const string InternationalPayments = "international-payments";
    private const string InternationalScheduledConsents = "international-scheduled-payment-consents";
    private const string InternationalScheduledPayments = "international-scheduled-payments";
    private const string InternationalStandingOrderConsents = "international-standing-order-consents";
    private const string InternationalStandingOrders = "international-standing-orders";
    private const string FileConsents = "file-payment-consents";
    private const string FilePayments = "file-payments";
    private const string FundsConfirmationPath = "funds-confirmation";
    private const string PaymentDetailsPath = "payment-details";

    // Domestic payments

    /// <summary>POST /domestic-payment-consents (OBWriteDomesticConsent4 → OBWriteDomesticConsentResponse5, 201).</summary>
    public static ApiCall<DomesticPaymentConsent> CreateDomesticPaymentConsent(DomesticPaymentConsentRequest consent) =>
        Create(DomesticConsents, consent, "OBWriteDomesticConsent4", PaymentValidation.Problems, c => PaymentJson.Write(c, c.Risk),
            ConsentOf<DomesticPaymentConsent>(201, "OBWriteDomesticConsentResponse5", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /domestic-payment-consents/{ConsentId} (OBWriteDomesticConsentResponse5).</summary>
    public static ApiCall<DomesticPaymentConsent> GetDomesticPaymentConsent(string consentId) =>
        Get(DomesticConsents, consentId, "", ConsentOf<DomesticPaymentConsent>(200, "OBWriteDomesticConsentResponse5", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /domestic-payment-consents/{ConsentId}/funds-confirmation, with the PSU's token (OBWriteFundsConfirmationResponse1).</summary>
    public static ApiCall<FundsConfirmation> GetDomesticPaymentConsentFundsConfirmation(string consentId) =>
        Get(DomesticConsents, consentId, FundsConfirmationPath, FundsConfirmationOf);

    /// <summary>POST /domestic-payments, with the PSU's token (OBWriteDomestic2 → OBWriteDomesticResponse5, 201).</summary>
    public static ApiCall<DomesticPayment> CreateDomesticPayment(DomesticPaymentRequest payment) =>
        Create(DomesticPayments, payment, "OBWriteDomestic2", PaymentValidation.Problems, p => PaymentJson.Write(p, p.Risk),
            Of<DomesticPayment>(201, "OBWriteDomesticResponse5"));

    /// <summary>GET /domestic-payments/{DomesticPaymentId} (OBWriteDomesticResponse5).</summary>
    public static ApiCall<DomesticPayment> GetDomesticPayment(string domesticPaymentId) =>
        Get(DomesticPayments, domesticPaymentId, "", Of<DomesticPayment>(200, "OBWriteDomesticResponse5"));

    /// <summary>GET /domestic-payments/{DomesticPaymentId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetDomesticPaymentDetails(string domesticPaymentId) =>
        Get(DomesticPayments, domesticPaymentId, PaymentDetailsPath, PaymentDetailsOf);

    // Domestic scheduled payments

    /// <summary>POST /domestic-scheduled-payment-consents (OBWriteDomesticScheduledConsent4 → OBWriteDomesticScheduledConsentResponse5, 201).</summary>
    public static ApiCall<DomesticScheduledPaymentConsent> CreateDomesticScheduledPaymentConsent(DomesticScheduledPaymentConsentRequest consent) =>
        Create(DomesticScheduledConsents, consent, "OBWriteDomesticScheduledConsent4", PaymentValidation.Problems, c => PaymentJson.Write(c, c.Risk),
            ConsentOf<DomesticScheduledPaymentConsent>(201, "OBWriteDomesticScheduledConsentResponse5", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /domestic-scheduled-payment-consents/{ConsentId} (OBWriteDomesticScheduledConsentResponse5).</summary>
    public static ApiCall<DomesticScheduledPaymentConsent> GetDomesticScheduledPaymentConsent(string consentId) =>
        Get(DomesticScheduledConsents, consentId, "",
            ConsentOf<DomesticScheduledPaymentConsent>(200, "OBWriteDomesticScheduledConsentResponse5", (c, risk) => c with { Risk = risk }));

    /// <summary>POST /domestic-scheduled-payments, with the PSU's token (OBWriteDomesticScheduled2 → OBWriteDomesticScheduledResponse5, 201).</summary>
    public static ApiCall<DomesticScheduledPayment> CreateDomesticScheduledPayment(DomesticScheduledPaymentRequest payment) =>
        Create(DomesticScheduledPayments, payment, "OBWriteDomesticScheduled2", PaymentValidation.Problems, p => PaymentJson.Write(p, p.Risk),
            Of<DomesticScheduledPayment>(201, "OBWriteDomesticScheduledResponse5"));

    /// <summary>GET /domestic-scheduled-payments/{DomesticScheduledPaymentId} (OBWriteDomesticScheduledResponse5).</summary>
    public static ApiCall<DomesticScheduledPayment> GetDomesticScheduledPayment(string domesticScheduledPaymentId) =>
        Get(DomesticScheduledPayments, domesticScheduledPaymentId, "", Of<DomesticScheduledPayment>(200, "OBWriteDomesticScheduledResponse5"));

    /// <summary>GET /domestic-scheduled-payments/{DomesticScheduledPaymentId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetDomesticScheduledPaymentDetails(string domesticScheduledPaymentId) =>
        Get(DomesticScheduledPayments, domesticScheduledPaymentId, PaymentDetailsPath, PaymentDetailsOf);

    // Domestic standing orders

    /// <summary>POST /domestic-standing-order-consents (OBWriteDomesticStandingOrderConsent5 → OBWriteDomesticStandingOrderConsentResponse6, 201).</summary>
    public static ApiCall<DomesticStandingOrderConsent> CreateDomesticStandingOrderConsent(DomesticStandingOrderConsentRequest consent) =>
        Create(DomesticStandingOrderConsents, consent, "OBWriteDomesticStandingOrderConsent5", PaymentValidation.Problems, c => PaymentJson.Write(c, c.Risk),
            ConsentOf<DomesticStandingOrderConsent>(201, "OBWriteDomesticStandingOrderConsentResponse6", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /domestic-standing-order-consents/{ConsentId} (OBWriteDomesticStandingOrderConsentResponse6).</summary>
    public static ApiCall<DomesticStandingOrderConsent> GetDomesticStandingOrderConsent(string consentId) =>
        Get(DomesticStandingOrderConsents, consentId, "",
            ConsentOf<DomesticStandingOrderConsent>(200, "OBWriteDomesticStandingOrderConsentResponse6", (c, risk) => c with { Risk = risk }));

    /// <summary>POST /domestic-standing-orders, with the PSU's token (OBWriteDomesticStandingOrder3 → OBWriteDomesticStandingOrderResponse6, 201).</summary>
    public static ApiCall<DomesticStandingOrder> CreateDomesticStandingOrder(DomesticStandingOrderRequest standingOrder) =>
        Create(DomesticStandingOrders, standingOrder, "OBWriteDomesticStandingOrder3", PaymentValidation.Problems, s => PaymentJson.Write(s, s.Risk),
            Of<DomesticStandingOrder>(201, "OBWriteDomesticStandingOrderResponse6"));

    /// <summary>GET /domestic-standing-orders/{DomesticStandingOrderId} (OBWriteDomesticStandingOrderResponse6).</summary>
    public static ApiCall<DomesticStandingOrder> GetDomesticStandingOrder(string domesticStandingOrderId) =>
        Get(DomesticStandingOrders, domesticStandingOrderId, "", Of<DomesticStandingOrder>(200, "OBWriteDomesticStandingOrderResponse6"));

    /// <summary>GET /domestic-standing-orders/{DomesticStandingOrderId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetDomesticStandingOrderDetails(string domesticStandingOrderId) =>
        Get(DomesticStandingOrders, domesticStandingOrderId, PaymentDetailsPath, PaymentDetailsOf);

    // International payments

    /// <summary>POST /international-payment-consents (OBWriteInternationalConsent5 → OBWriteInternationalConsentResponse6, 201).</summary>
    public static ApiCall<InternationalPaymentConsent> CreateInternationalPaymentConsent(InternationalPaymentConsentRequest consent) =>
        Create(InternationalConsents, consent, "OBWriteInternationalConsent5", PaymentValidation.Problems, c => PaymentJson.Write(c, c.Risk),
            ConsentOf<InternationalPaymentConsent>(201, "OBWriteInternationalConsentResponse6", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /international-payment-consents/{ConsentId} (OBWriteInternationalConsentResponse6).</summary>
    public static ApiCall<InternationalPaymentConsent> GetInternationalPaymentConsent(string consentId) =>
        Get(InternationalConsents, consentId, "",
            ConsentOf<InternationalPaymentConsent>(200, "OBWriteInternationalConsentResponse6", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /international-payment-consents/{ConsentId}/funds-confirmation, with the PSU's token (OBWriteFundsConfirmationResponse1).</summary>
    public static ApiCall<FundsConfirmation> GetInternationalPaymentConsentFundsConfirmation(string consentId) =>
        Get(InternationalConsents, consentId, FundsConfirmationPath, FundsConfirmationOf);

    /// <summary>POST /international-payments, with the PSU's token (OBWriteInternational3 → OBWriteInternationalResponse5, 201).</summary>
    public static ApiCall<InternationalPayment> CreateInternationalPayment(InternationalPaymentRequest payment) =>
        Create(InternationalPayments, payment, "OBWriteInternational3", PaymentValidation.Problems, p => PaymentJson.Write(p, p.Risk),
            Of<InternationalPayment>(201, "OBWriteInternationalResponse5"));

    /// <summary>GET /international-payments/{InternationalPaymentId} (OBWriteInternationalResponse5).</summary>
    public static ApiCall<InternationalPayment> GetInternationalPayment(string internationalPaymentId) =>
        Get(InternationalPayments, internationalPaymentId, "", Of<InternationalPayment>(200, "OBWriteInternationalResponse5"));

    /// <summary>GET /international-payments/{InternationalPaymentId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetInternationalPaymentDetails(string internationalPaymentId) =>
        Get(InternationalPayments, internationalPaymentId, PaymentDetailsPath, PaymentDetailsOf);

    // International scheduled payments

    /// <summary>POST /international-scheduled-payment-consents (OBWriteInternationalScheduledConsent5 → OBWriteInternationalScheduledConsentResponse6, 201).</summary>
    public static ApiCall<InternationalScheduledPaymentConsent> CreateInternationalScheduledPaymentConsent(InternationalScheduledPaymentConsentRequest consent) =>
        Create(InternationalScheduledConsents, consent, "OBWriteInternationalScheduledConsent5", PaymentValidation.Problems, c => PaymentJson.Write(c, c.Risk),
            ConsentOf<InternationalScheduledPaymentConsent>(201, "OBWriteInternationalScheduledConsentResponse6", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /international-scheduled-payment-consents/{ConsentId} (OBWriteInternationalScheduledConsentResponse6).</summary>
    public static ApiCall<InternationalScheduledPaymentConsent> GetInternationalScheduledPaymentConsent(string consentId) =>
        Get(InternationalScheduledConsents, consentId, "",
            ConsentOf<InternationalScheduledPaymentConsent>(200, "OBWriteInternationalScheduledConsentResponse6", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /international-scheduled-payment-consents/{ConsentId}/funds-confirmation, with the PSU's token (OBWriteFundsConfirmationResponse1).</summary>
    public static ApiCall<FundsConfirmation> GetInternationalScheduledPaymentConsentFundsConfirmation(string consentId) =>
        Get(InternationalScheduledConsents, consentId, FundsConfirmationPath, FundsConfirmationOf);

    /// <summary>POST /international-scheduled-payments, with the PSU's token (OBWriteInternationalScheduled3 → OBWriteInternationalScheduledResponse6, 201).</summary>
    public static ApiCall<InternationalScheduledPayment> CreateInternationalScheduledPayment(InternationalScheduledPaymentRequest payment) =>
        Create(InternationalScheduledPayments, payment, "OBWriteInternationalScheduled3", PaymentValidation.Problems, p => PaymentJson.Write(p, p.Risk),
            Of<InternationalScheduledPayment>(201, "OBWriteInternationalScheduledResponse6"));

    /// <summary>GET /international-scheduled-payments/{InternationalScheduledPaymentId} (OBWriteInternationalScheduledResponse6).</summary>
    public static ApiCall<InternationalScheduledPayment> GetInternationalScheduledPayment(string internationalScheduledPaymentId) =>
        Get(InternationalScheduledPayments, internationalScheduledPaymentId, "", Of<InternationalScheduledPayment>(200, "OBWriteInternationalScheduledResponse6"));

    /// <summary>GET /international-scheduled-payments/{InternationalScheduledPaymentId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetInternationalScheduledPaymentDetails(string internationalScheduledPaymentId) =>
        Get(InternationalScheduledPayments, internationalScheduledPaymentId, PaymentDetailsPath, PaymentDetailsOf);

    // International standing orders

    /// <summary>POST /international-standing-order-consents (OBWriteInternationalStandingOrderConsent6 → OBWriteInternationalStandingOrderConsentResponse7, 201).</summary>
    public static ApiCall<InternationalStandingOrderConsent> CreateInternationalStandingOrderConsent(InternationalStandingOrderConsentRequest consent) =>
        Create(InternationalStandingOrderConsents, consent, "OBWriteInternationalStandingOrderConsent6", PaymentValidation.Problems, c => PaymentJson.Write(c, c.Risk),
            ConsentOf<InternationalStandingOrderConsent>(201, "OBWriteInternationalStandingOrderConsentResponse7", (c, risk) => c with { Risk = risk }));

    /// <summary>GET /international-standing-order-consents/{ConsentId} (OBWriteInternationalStandingOrderConsentResponse7).</summary>
    public static ApiCall<InternationalStandingOrderConsent> GetInternationalStandingOrderConsent(string consentId) =>
        Get(InternationalStandingOrderConsents, consentId, "",
            ConsentOf<InternationalStandingOrderConsent>(200, "OBWriteInternationalStandingOrderConsentResponse7", (c, risk) => c with { Risk = risk }));

    /// <summary>POST /international-standing-orders, with the PSU's token (OBWriteInternationalStandingOrder4 → OBWriteInternationalStandingOrderResponse7, 201).</summary>
    public static ApiCall<InternationalStandingOrder> CreateInternationalStandingOrder(InternationalStandingOrderRequest standingOrder) =>
        Create(InternationalStandingOrders, standingOrder, "OBWriteInternationalStandingOrder4", PaymentValidation.Problems, s => PaymentJson.Write(s, s.Risk),
            Of<InternationalStandingOrder>(201, "OBWriteInternationalStandingOrderResponse7"));

    /// <summary>GET /international-standing-orders/{InternationalStandingOrderPaymentId} (OBWriteInternationalStandingOrderResponse7).</summary>
    public static ApiCall<InternationalStandingOrder> GetInternationalStandingOrder(string internationalStandingOrderId) =>
        Get(InternationalStandingOrders, internationalStandingOrderId, "", Of<InternationalStandingOrder>(200, "OBWriteInternationalStandingOrderResponse7"));

    /// <summary>GET /international-standing-orders/{InternationalStandingOrderPaymentId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetInternationalStandingOrderDetails(string internationalStandingOrderId) =>
        Get(InternationalStandingOrders, internationalStandingOrderId, PaymentDetailsPath, PaymentDetailsOf);

    // File payments

    /// <summary>POST /file-payment-consents (OBWriteFileConsent3 → OBWriteFileConsentResponse4, 201): the file's metadata; upload the file next.</summary>
    public static ApiCall<FilePaymentConsent> CreateFilePaymentConsent(FilePaymentConsentRequest consent) =>
        Create(FileConsents, consent, "OBWriteFileConsent3", PaymentValidation.Problems, c => PaymentJson.Write<FilePaymentConsentRequest>(c, null),
            Of<FilePaymentConsent>(201, "OBWriteFileConsentResponse4"));

    /// <summary>GET /file-payment-consents/{ConsentId} (OBWriteFileConsentResponse4).</summary>
    public static ApiCall<FilePaymentConsent> GetFilePaymentConsent(string consentId) =>
        Get(FileConsents, consentId, "", Of<FilePaymentConsent>(200, "OBWriteFileConsentResponse4"));

    /// <summary>
    /// POST /file-payment-consents/{ConsentId}/file: uploads <paramref name="file"/>, the file the consent's
    /// <paramref name="initiation"/> describes (the bank answers 200 without a body). The file is checked against the
    /// metadata first (<see cref="PaymentFile.Problems"/>: hash, number of transactions, control sum) and sent as it is, signed,
    /// with <paramref name="mediaType"/> or the file type's (<c>application/json</c>, <c>application/xml</c> for pain.001).
    /// </summary>
    public static ApiCall<Unit> UploadPaymentFile(string consentId, FilePaymentInitiation initiation, byte[] file, string? mediaType = null)
    {
        ArgumentNullException.ThrowIfNull(initiation);
        ArgumentNullException.ThrowIfNull(file);
        var type = mediaType ?? (initiation.FileType == PaymentFileTypes.Pain00100108 ? "application/xml" : "application/json");
        return Family.Submission($"POST {FileConsents} file", _ => PathOf(FileConsents, consentId, "file"), ParseUploaded,
            _ => PaymentValidation.Valid(file, "File", PaymentFile.Problems(initiation, file)).Map(bytes => (RequestBody)new RequestBody.Bytes(bytes, type)));
    }

    /// <summary>GET /file-payment-consents/{ConsentId}/file: the file as the bank holds it.</summary>
    public static ApiCall<PaymentFileContent> GetPaymentFile(string consentId) =>
        Family.Call($"GET {FileConsents} file", HttpMethod.Get, _ => PathOf(FileConsents, consentId, "file"), ReadFile, accept: "*/*", signedResponse: true);

    /// <summary>POST /file-payments, with the PSU's token (OBWriteFile2 → OBWriteFileResponse3, 201).</summary>
    public static ApiCall<FilePayment> CreateFilePayment(FilePaymentRequest payment) =>
        Create(FilePayments, payment, "OBWriteFile2", PaymentValidation.Problems, p => PaymentJson.Write<FilePaymentRequest>(p, null),
            Of<FilePayment>(201, "OBWriteFileResponse3"));

    /// <summary>GET /file-payments/{FilePaymentId} (OBWriteFileResponse3).</summary>
    public static ApiCall<FilePayment> GetFilePayment(string filePaymentId) =>
        Get(FilePayments, filePaymentId, "", Of<FilePayment>(200, "OBWriteFileResponse3"));

    /// <summary>GET /file-payments/{FilePaymentId}/payment-details (OBWritePaymentDetailsResponse1).</summary>
    public static ApiCall<PaymentDetails> GetFilePaymentDetails(string filePaymentId) =>
        Get(FilePayments, filePaymentId, PaymentDetailsPath, PaymentDetailsOf);

    /// <summary>GET /file-payments/{FilePaymentId}/report-file: the bank's report on the file's payments, in its format.</summary>
    public static ApiCall<PaymentFileContent> GetFilePaymentReport(string filePaymentId) =>
        Family.Call($"GET {FilePayments} report-file", HttpMethod.Get, _ => PathOf(FilePayments, filePaymentId, "report-file"), ReadFile, accept: "*/*", signedResponse: true);

    private static Func<HttpResponseSpec, string, Either<OpenBankingError, FundsConfirmation>> FundsConfirmationOf { get; } =
        Of<FundsConfirmation>(200, "OBWriteFundsConfirmationResponse1");

    private static Func<HttpResponseSpec, string, Either<OpenBankingError, PaymentDetails>> PaymentDetailsOf { get; } =
        Of<PaymentDetails>(200, "OBWritePaymentDetailsResponse1");

    /// <summary>POST /{resource}: <paramref name="request"/> checked at the context's time, then written and signed.</summary>
    private static ApiCall<T> Create<TRequest, T>(
        string resource,
        TRequest request,
        string schema,
        Func<TRequest, DateTimeOffset, EquatableList<PaymentProblem>> problems,
        Func<TRequest, string> write,
        Func<HttpResponseSpec, string, Either<OpenBankingError, T>> parse)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Family.Submission($"POST {resource}", _ => $"/{resource}", parse,
            context => PaymentValidation.Valid(request, schema, problems(request, context.Now)).Map(valid => (RequestBody)new RequestBody.Json(write(valid))));
    }

    /// <summary>GET /{resource}/{id}[/{rest}], operation <c>GET {resource}[ {rest}]</c>; the bank signs the answer.</summary>
    private static ApiCall<T> Get<T>(string resource, string id, string rest, Func<HttpResponseSpec, string, Either<OpenBankingError, T>> parse) =>
        Family.Call(rest.Length == 0 ? $"GET {resource}" : $"GET {resource} {rest}", HttpMethod.Get, _ => PathOf(resource, id, rest), parse, signedResponse: true);

    private static Either<OpenBankingError, string> PathOf(string resource, string id, string rest) =>
        string.IsNullOrWhiteSpace(id)
            ? new ValidationError($"{resource}.id", $"the id of the {resource[..^1].Replace('-', ' ')} is empty")
            : $"/{resource}/{Uri.EscapeDataString(id)}{(rest.Length == 0 ? "" : $"/{rest}")}";

    private static Func<HttpResponseSpec, string, Either<OpenBankingError, T>> Of<T>(int status, string schema) =>
        (response, operation) => PaymentJson.Read<T>(response, operation, status, schema);

    private static Func<HttpResponseSpec, string, Either<OpenBankingError, T>> ConsentOf<T>(int status, string schema, Func<T, PaymentRisk, T> withRisk) =>
        (response, operation) => PaymentJson.ReadConsent(response, operation, status, schema, withRisk);

    private static Either<OpenBankingError, Unit> ParseUploaded(HttpResponseSpec response, string operation) =>
        ObJson.UnexpectedStatus(response, operation, 200) is { } error ? error : Prelude.unit;

    private static Either<OpenBankingError, PaymentFileContent> ReadFile(HttpResponseSpec response, string operation)
    {
        if (ObJson.UnexpectedStatus(response, operation, 200) is { } error)
        {
            return error;
        }

        // RFC 9110 §8.3: without a Content-Type a recipient may take the content to be application/octet-stream.
        var disposition = response.Header("Content-Disposition") is { } header && ContentDispositionHeaderValue.TryParse(header, out var parsed) ? parsed : null;
        return response.Body.IsEmpty
            ? new ParseError(operation, "a file", null, "the body is empty", response.InteractionId)
            : new PaymentFileContent(response.MediaType ?? "application/octet-stream", response.Body, disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }
}
