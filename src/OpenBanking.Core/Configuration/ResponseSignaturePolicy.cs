namespace OpenBanking.Core.Configuration;

/// <summary>What the library asks of the bank's <c>x-jws-signature</c> on payment responses (<c>response_signature</c>).</summary>
public enum ResponseSignaturePolicy
{
    /// <summary><c>required</c>: an answer without a valid signature is refused.</summary>
    Required,

    /// <summary><c>when_present</c>: a signature that is there is verified; an answer without one is accepted (sandboxes that do not sign).</summary>
    WhenPresent,
}
