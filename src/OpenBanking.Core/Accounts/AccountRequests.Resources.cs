using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Beneficiaries, direct debits, standing orders, scheduled payments, offers, products and parties.</summary>
public static partial class AccountRequests
{
    /// <summary>GET /beneficiaries (ReadBeneficiariesBasic or Detail).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Beneficiaries(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "beneficiaries", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/beneficiaries.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountBeneficiaries(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "beneficiaries", accessToken, interactionId, customer);

    /// <summary>GET /direct-debits (ReadDirectDebits).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> DirectDebits(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "direct-debits", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/direct-debits.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountDirectDebits(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "direct-debits", accessToken, interactionId, customer);

    /// <summary>GET /standing-orders (ReadStandingOrdersBasic or Detail).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> StandingOrders(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "standing-orders", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/standing-orders.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountStandingOrders(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "standing-orders", accessToken, interactionId, customer);

    /// <summary>GET /scheduled-payments (ReadScheduledPaymentsBasic or Detail).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> ScheduledPayments(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "scheduled-payments", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/scheduled-payments.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountScheduledPayments(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "scheduled-payments", accessToken, interactionId, customer);

    /// <summary>GET /offers (ReadOffers).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Offers(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "offers", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/offers.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountOffers(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "offers", accessToken, interactionId, customer);

    /// <summary>GET /products (ReadProducts).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Products(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "products", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/product (singular in the spec).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountProduct(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "product", accessToken, interactionId, customer);

    /// <summary>GET /party: the PSU who gave the consent (ReadPartyPSU).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Party(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "party", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/party: the account holder (ReadParty).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountParty(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "party", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/parties: everyone with a role on the account (ReadParty).</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountParties(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "parties", accessToken, interactionId, customer);

    /// <summary>Parses an OBReadBeneficiary5 page.</summary>
    public static Either<OpenBankingError, ResourcePage<Beneficiary>> ParseBeneficiaries(HttpResponseSpec response, string operation = "GET beneficiaries") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentBeneficiariesData, operation, "OBReadBeneficiary5", d => d.Beneficiary);

    /// <summary>Parses an OBReadDirectDebit2 page.</summary>
    public static Either<OpenBankingError, ResourcePage<DirectDebit>> ParseDirectDebits(HttpResponseSpec response, string operation = "GET direct-debits") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentDirectDebitsData, operation, "OBReadDirectDebit2", d => d.DirectDebit);

    /// <summary>Parses an OBReadStandingOrder6 page.</summary>
    public static Either<OpenBankingError, ResourcePage<StandingOrder>> ParseStandingOrders(HttpResponseSpec response, string operation = "GET standing-orders") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentStandingOrdersData, operation, "OBReadStandingOrder6", d => d.StandingOrder);

    /// <summary>Parses an OBReadScheduledPayment3 page.</summary>
    public static Either<OpenBankingError, ResourcePage<ScheduledPayment>> ParseScheduledPayments(HttpResponseSpec response, string operation = "GET scheduled-payments") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentScheduledPaymentsData, operation, "OBReadScheduledPayment3", d => d.ScheduledPayment);

    /// <summary>Parses an OBReadOffer1 page.</summary>
    public static Either<OpenBankingError, ResourcePage<Offer>> ParseOffers(HttpResponseSpec response, string operation = "GET offers") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentOffersData, operation, "OBReadOffer1", d => d.Offer);

    /// <summary>Parses an OBReadProduct2 page (of /products or /accounts/{AccountId}/product).</summary>
    public static Either<OpenBankingError, ResourcePage<Product>> ParseProducts(HttpResponseSpec response, string operation = "GET products") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentProductsData, operation, "OBReadProduct2", d => d.Product);

    /// <summary>
    /// Parses an OBReadParty2 document (of /party or /accounts/{AccountId}/party) as a page of at most one party:
    /// the spec lets <c>Data.Party</c> be left out, and then the page is empty.
    /// </summary>
    public static Either<OpenBankingError, ResourcePage<Party>> ParseParty(HttpResponseSpec response, string operation = "GET party") =>
        ReadPage<PartyData, Party>(response, ObJsonContext.Default.ReadDocumentPartyData, operation, "OBReadParty2", d => d.Party is { } party ? [party] : null);

    /// <summary>Parses an OBReadParty3 page (of /accounts/{AccountId}/parties).</summary>
    public static Either<OpenBankingError, ResourcePage<Party>> ParseParties(HttpResponseSpec response, string operation = "GET account parties") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentPartiesData, operation, "OBReadParty3", d => d.Party);
}
