namespace OpenBanking.Conformance.Rules;

/// <summary>What a rule found wrong in one place of one exchange, before it is tied to the rule.</summary>
/// <param name="Path">Where: a JSON path into the exchange, e.g. <c>$.request.headers.x-fapi-interaction-id</c>,
/// <c>$.request.body.client_assertion.payload.aud</c>, <c>$.response.body.Data.Account[0].Currency</c>.</param>
/// <param name="Detail">What is there, e.g. "'abc' is not a UUID".</param>
public sealed record Finding(string Path, string Detail);

/// <summary>A rule that failed at one place of one exchange.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Exchange">The exchange's number in the recording (from 1).</param>
/// <param name="Path">Where in the exchange (see <see cref="Finding.Path"/>).</param>
/// <param name="Detail">What is there.</param>
public sealed record Violation(RuleInfo Rule, int Exchange, string Path, string Detail)
{
    /// <summary>The finding and what to change, in one sentence pair.</summary>
    public string Message => $"{Detail}. {Rule.Advice}";
}
