using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>The PSU's answer to a payment consent, decided purely: which account pays, or that the PSU declined.</summary>
public static class PaymentAuthorisation
{
    /// <summary>
    /// The consent must be the client's and await authorisation. Declined, it is Rejected. Approved, it is Authorised to be
    /// paid from one of the customer's accounts: the one the consent names, when it names one (which must be the
    /// customer's); otherwise the one the PSU picked (<paramref name="accountIds"/>, exactly one) or, headless with no
    /// choice, the customer's first account in the payment's currency. A domestic payment is paid from a pound account.
    /// </summary>
    public static Either<OAuthError, BankState> Decide(
        BankState state, AuthorizationRequest request, string customer, IReadOnlyList<string?>? accountIds, bool approve, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        if (!state.PaymentConsents.TryGetValue(request.ConsentId, out var consent) || consent.ClientId != request.ClientId
            || consent.Status != PaymentConsentStatus.AwaitingAuthorisation)
        {
            return OAuthError.InvalidRequest("the consent no longer awaits authorisation");
        }

        if (!approve)
        {
            return Set(state, consent with { Status = PaymentConsentStatus.Rejected, StatusUpdateDateTime = now });
        }

        return Debtor(consent, customer, accountIds).Map(accountId =>
            Set(state, consent with { Status = PaymentConsentStatus.Authorised, StatusUpdateDateTime = now, Customer = customer, DebtorAccountId = accountId }));
    }

    /// <summary>The customer's accounts the PSU may pay <paramref name="consent"/> from.</summary>
    public static IReadOnlyList<BankAccount> Payable(PaymentConsent consent, string customer)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var international = PaymentApi.Of(consent.Kind).International;
        return SeedData.Bank.AccountsOf(customer)
            .Where(a => consent.Terms.NamedDebtorAccountId is { } named ? a.AccountId == named : international || a.Currency == consent.Terms.Currency)
            .ToList();
    }

    private static Either<OAuthError, string> Debtor(PaymentConsent consent, string customer, IReadOnlyList<string?>? accountIds)
    {
        var payable = Payable(consent, customer);
        if (consent.Terms.NamedDebtorAccountId is { } named && payable.Count == 0)
        {
            return OAuthError.InvalidRequest($"the consent is to be paid from account '{named}', which is not one of this customer's accounts");
        }

        if (accountIds is null)
        {
            return payable.OrderBy(a => a.AccountSubType == "CurrentAccount" ? 0 : 1).FirstOrDefault() is { } first
                ? first.AccountId
                : OAuthError.InvalidRequest($"this customer has no account to pay {consent.Terms.Currency} from");
        }

        if (accountIds.Count != 1 || accountIds[0] is not { } chosen)
        {
            return OAuthError.InvalidRequest("choose exactly one account to pay from");
        }

        if (payable.Any(a => a.AccountId == chosen))
        {
            return chosen;
        }

        return SeedData.Bank.AccountsOf(customer).Any(a => a.AccountId == chosen)
            ? OAuthError.InvalidRequest(consent.Terms.NamedDebtorAccountId is { } debtor
                ? $"the consent is to be paid from account '{debtor}', not '{chosen}'"
                : $"account '{chosen}' cannot pay {consent.Terms.Currency}: choose an account in {consent.Terms.Currency}")
            : OAuthError.InvalidRequest($"account '{chosen}' is not one of this customer's accounts");
    }

    private static BankState Set(BankState state, PaymentConsent consent) =>
        state with { PaymentConsents = state.PaymentConsents.SetItem(consent.ConsentId, consent) };
}
