namespace OpenBanking.Core.Payments;

/// <summary>The values of <c>Data.Permission</c> in the scheduled payment and standing order consents.</summary>
internal static class PaymentPermission
{
    /// <summary>The only one v3.1.11 has.</summary>
    public const string Create = "Create";
}
