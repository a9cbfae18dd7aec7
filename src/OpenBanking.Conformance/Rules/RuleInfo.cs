namespace OpenBanking.Conformance.Rules;

/// <summary>What a rule is: its id, how much it matters, where it comes from, and what to change when it fails.</summary>
/// <param name="Id">A stable id, e.g. <c>TPP-HDR-001</c>: <c>TPP-</c> rules judge requests, <c>ASPSP-</c> rules responses.</param>
/// <param name="Severity">How much a failure matters.</param>
/// <param name="Title">What the rule requires, in one line.</param>
/// <param name="Reference">The spec section it comes from.</param>
/// <param name="Advice">What to change when it fails.</param>
public sealed record RuleInfo(string Id, Severity Severity, string Title, string Reference, string Advice);
