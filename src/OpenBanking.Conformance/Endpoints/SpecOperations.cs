using OpenBanking.Core;

namespace OpenBanking.Conformance.Endpoints;

/// <summary>An operation of the Read/Write API v3.1.11, as its OpenAPI file declares it.</summary>
/// <param name="Api">The API: <c>aisp</c>, <c>pisp</c> (payments and VRP) or <c>cbpii</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The path under the API's base path, e.g. <c>/accounts/{AccountId}/balances</c>.</param>
/// <param name="SuccessStatus">The status of its success response.</param>
/// <param name="Statuses">Every status the spec lists for it.</param>
/// <param name="RequiredHeaders">Headers the spec requires besides Authorization (lower case).</param>
/// <param name="ResponseSchema">The success response's schema name, when it has a JSON body.</param>
public sealed record SpecOperation(
    string Api,
    string Method,
    string Template,
    int SuccessStatus,
    EquatableList<int> Statuses,
    EquatableList<string> RequiredHeaders,
    string? ResponseSchema)
{
    /// <summary>How reports name it, e.g. <c>GET /accounts/{AccountId}/balances</c>.</summary>
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// Every operation of the v3.1.11 account-information, payment-initiation (with VRP) and confirmation-of-funds APIs:
/// their paths, statuses, required headers and success schemas, taken from the OBIE OpenAPI files.
/// </summary>
public static class SpecOperations
{
    /// <summary>All of them.</summary>
    public static IReadOnlyList<SpecOperation> All { get; } =
    [
        new("aisp", "POST", "/account-access-consents", 201, [201, 400, 401, 403, 405, 406, 415, 429, 500], [], "OBReadConsentResponse1"),
        new("aisp", "GET", "/account-access-consents/{ConsentId}", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBReadConsentResponse1"),
        new("aisp", "DELETE", "/account-access-consents/{ConsentId}", 204, [204, 400, 401, 403, 405, 406, 429, 500], [], null),
        new("aisp", "GET", "/accounts", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBReadAccount6"),
        new("aisp", "GET", "/accounts/{AccountId}", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBReadAccount6"),
        new("aisp", "GET", "/accounts/{AccountId}/balances", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBReadBalance1"),
        new("aisp", "GET", "/accounts/{AccountId}/beneficiaries", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadBeneficiary5"),
        new("aisp", "GET", "/accounts/{AccountId}/direct-debits", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadDirectDebit2"),
        new("aisp", "GET", "/accounts/{AccountId}/offers", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadOffer1"),
        new("aisp", "GET", "/accounts/{AccountId}/parties", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadParty3"),
        new("aisp", "GET", "/accounts/{AccountId}/party", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadParty2"),
        new("aisp", "GET", "/accounts/{AccountId}/product", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadProduct2"),
        new("aisp", "GET", "/accounts/{AccountId}/scheduled-payments", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadScheduledPayment3"),
        new("aisp", "GET", "/accounts/{AccountId}/standing-orders", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadStandingOrder6"),
        new("aisp", "GET", "/accounts/{AccountId}/statements", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadStatement2"),
        new("aisp", "GET", "/accounts/{AccountId}/statements/{StatementId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadStatement2"),
        new("aisp", "GET", "/accounts/{AccountId}/statements/{StatementId}/file", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "File"),
        new("aisp", "GET", "/accounts/{AccountId}/statements/{StatementId}/transactions", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadTransaction6"),
        new("aisp", "GET", "/accounts/{AccountId}/transactions", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBReadTransaction6"),
        new("aisp", "GET", "/balances", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadBalance1"),
        new("aisp", "GET", "/beneficiaries", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadBeneficiary5"),
        new("aisp", "GET", "/direct-debits", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadDirectDebit2"),
        new("aisp", "GET", "/offers", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadOffer1"),
        new("aisp", "GET", "/party", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadParty2"),
        new("aisp", "GET", "/products", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadProduct2"),
        new("aisp", "GET", "/scheduled-payments", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadScheduledPayment3"),
        new("aisp", "GET", "/standing-orders", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadStandingOrder6"),
        new("aisp", "GET", "/statements", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadStatement2"),
        new("aisp", "GET", "/transactions", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBReadTransaction6"),
        new("pisp", "POST", "/domestic-payment-consents", 201, [201, 400, 401, 403, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteDomesticConsentResponse5"),
        new("pisp", "GET", "/domestic-payment-consents/{ConsentId}", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBWriteDomesticConsentResponse5"),
        new("pisp", "GET", "/domestic-payment-consents/{ConsentId}/funds-confirmation", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBWriteFundsConfirmationResponse1"),
        new("pisp", "POST", "/domestic-payments", 201, [201, 400, 401, 403, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteDomesticResponse5"),
        new("pisp", "GET", "/domestic-payments/{DomesticPaymentId}", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBWriteDomesticResponse5"),
        new("pisp", "GET", "/domestic-payments/{DomesticPaymentId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("pisp", "POST", "/domestic-scheduled-payment-consents", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteDomesticScheduledConsentResponse5"),
        new("pisp", "GET", "/domestic-scheduled-payment-consents/{ConsentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteDomesticScheduledConsentResponse5"),
        new("pisp", "POST", "/domestic-scheduled-payments", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteDomesticScheduledResponse5"),
        new("pisp", "GET", "/domestic-scheduled-payments/{DomesticScheduledPaymentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteDomesticScheduledResponse5"),
        new("pisp", "GET", "/domestic-scheduled-payments/{DomesticScheduledPaymentId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("pisp", "POST", "/domestic-standing-order-consents", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteDomesticStandingOrderConsentResponse6"),
        new("pisp", "GET", "/domestic-standing-order-consents/{ConsentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteDomesticStandingOrderConsentResponse6"),
        new("pisp", "POST", "/domestic-standing-orders", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteDomesticStandingOrderResponse6"),
        new("pisp", "GET", "/domestic-standing-orders/{DomesticStandingOrderId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteDomesticStandingOrderResponse6"),
        new("pisp", "GET", "/domestic-standing-orders/{DomesticStandingOrderId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("pisp", "POST", "/file-payment-consents", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteFileConsentResponse4"),
        new("pisp", "GET", "/file-payment-consents/{ConsentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteFileConsentResponse4"),
        new("pisp", "POST", "/file-payment-consents/{ConsentId}/file", 200, [200, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], null),
        new("pisp", "GET", "/file-payment-consents/{ConsentId}/file", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "File"),
        new("pisp", "POST", "/file-payments", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteFileResponse3"),
        new("pisp", "GET", "/file-payments/{FilePaymentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteFileResponse3"),
        new("pisp", "GET", "/file-payments/{FilePaymentId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("pisp", "GET", "/file-payments/{FilePaymentId}/report-file", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "File"),
        new("pisp", "POST", "/international-payment-consents", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteInternationalConsentResponse6"),
        new("pisp", "GET", "/international-payment-consents/{ConsentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteInternationalConsentResponse6"),
        new("pisp", "GET", "/international-payment-consents/{ConsentId}/funds-confirmation", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteFundsConfirmationResponse1"),
        new("pisp", "POST", "/international-payments", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteInternationalResponse5"),
        new("pisp", "GET", "/international-payments/{InternationalPaymentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteInternationalResponse5"),
        new("pisp", "GET", "/international-payments/{InternationalPaymentId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("pisp", "POST", "/international-scheduled-payment-consents", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteInternationalScheduledConsentResponse6"),
        new("pisp", "GET", "/international-scheduled-payment-consents/{ConsentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteInternationalScheduledConsentResponse6"),
        new("pisp", "GET", "/international-scheduled-payment-consents/{ConsentId}/funds-confirmation", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteFundsConfirmationResponse1"),
        new("pisp", "POST", "/international-scheduled-payments", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteInternationalScheduledResponse6"),
        new("pisp", "GET", "/international-scheduled-payments/{InternationalScheduledPaymentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteInternationalScheduledResponse6"),
        new("pisp", "GET", "/international-scheduled-payments/{InternationalScheduledPaymentId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("pisp", "POST", "/international-standing-order-consents", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteInternationalStandingOrderConsentResponse7"),
        new("pisp", "GET", "/international-standing-order-consents/{ConsentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteInternationalStandingOrderConsentResponse7"),
        new("pisp", "POST", "/international-standing-orders", 201, [201, 400, 401, 403, 404, 405, 406, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBWriteInternationalStandingOrderResponse7"),
        new("pisp", "GET", "/international-standing-orders/{InternationalStandingOrderPaymentId}", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWriteInternationalStandingOrderResponse7"),
        new("pisp", "GET", "/international-standing-orders/{InternationalStandingOrderPaymentId}/payment-details", 200, [200, 400, 401, 403, 404, 405, 406, 429, 500], [], "OBWritePaymentDetailsResponse1"),
        new("cbpii", "POST", "/funds-confirmation-consents", 201, [201, 400, 401, 403, 405, 406, 415, 429, 500], [], "OBFundsConfirmationConsentResponse1"),
        new("cbpii", "GET", "/funds-confirmation-consents/{ConsentId}", 200, [200, 400, 401, 403, 405, 406, 429, 500], [], "OBFundsConfirmationConsentResponse1"),
        new("cbpii", "DELETE", "/funds-confirmation-consents/{ConsentId}", 204, [204, 400, 401, 403, 405, 406, 429, 500], [], null),
        new("cbpii", "POST", "/funds-confirmations", 201, [201, 400, 401, 403, 405, 406, 415, 429, 500], [], "OBFundsConfirmationResponse1"),
        new("pisp", "POST", "/domestic-vrp-consents", 201, [201, 400, 401, 403, 405, 406, 409, 415, 429, 500], ["x-idempotency-key", "x-jws-signature"], "OBDomesticVRPConsentResponse"),
        new("pisp", "GET", "/domestic-vrp-consents/{ConsentId}", 200, [200, 400, 401, 403, 405, 406, 415, 429, 500], [], "OBDomesticVRPConsentResponse"),
        new("pisp", "DELETE", "/domestic-vrp-consents/{ConsentId}", 204, [204, 400, 401, 403, 405, 406, 415, 429, 500], [], null),
        new("pisp", "POST", "/domestic-vrp-consents/{ConsentId}/funds-confirmation", 201, [201, 400, 401, 403, 405, 406, 415, 429, 500], ["x-jws-signature"], "OBVRPFundsConfirmationResponse"),
        new("pisp", "POST", "/domestic-vrps", 201, [201, 400, 401, 403, 405, 406, 409, 415, 429, 500], ["x-jws-signature", "x-idempotency-key"], "OBDomesticVRPResponse"),
        new("pisp", "GET", "/domestic-vrps/{DomesticVRPId}", 200, [200, 400, 401, 403, 405, 406, 415, 429, 500], [], "OBDomesticVRPResponse"),
        new("pisp", "GET", "/domestic-vrps/{DomesticVRPId}/payment-details", 200, [200, 400, 401, 403, 405, 406, 415, 429, 500], [], "OBDomesticVRPDetails"),
    ];
}
