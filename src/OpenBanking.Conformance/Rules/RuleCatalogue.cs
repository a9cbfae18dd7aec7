namespace OpenBanking.Conformance.Rules;

/// <summary>Every rule, in id order. The README's rule table is generated from this list.</summary>
public static class RuleCatalogue
{
    /// <summary>All rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        .. new List<Rule>()
            .Concat(RequestHeaderRules.All)
            .Concat(TokenRequestRules.All)
            .Concat(ClientAssertionRules.All)
            .Concat(AuthorizationRequestRules.All)
            .Concat(ConsentRequestRules.All)
            .Concat(RequestBodyRules.All)
            .Concat(MessageSigningRules.All)
            .Concat(IdempotencyRules.All)
            .Concat(PaymentRules.All)
            .Concat(ResponseRules.All)
            .Concat(ConsentResponseRules.All)
            .Concat(TokenResponseRules.All)
            .OrderBy(r => r.Info.Id, StringComparer.Ordinal),
    ];

    /// <summary>The rule with id <paramref name="id"/>, or null.</summary>
    public static Rule? Find(string id) => All.FirstOrDefault(r => r.Info.Id == id);
}
