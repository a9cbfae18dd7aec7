namespace OpenBanking.Core.Payments;

/// <summary>One reason the bank must refuse a payment request, at the JSON path of the member on the wire.</summary>
/// <param name="Path">Where, e.g. <c>$.Data.Initiation.InstructedAmount.Amount</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>0 is not more than zero</c>.</param>
public sealed record PaymentProblem(string Path, string Message)
{
    /// <summary><c>{Path}: {Message}</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
