using OpenBanking.Core.Accounts;

namespace OpenBanking.Core.Payments;

/// <summary>The payee of an international payment, by name and address (<c>Initiation.Creditor</c>, and the refund's creditor).</summary>
/// <param name="Name">The payee's name: at most 140 characters, 350 in an international standing order or a scheduled payment consent's answer.</param>
/// <param name="PostalAddress">The payee's address (OBPostalAddress6).</param>
public sealed record Creditor(string? Name = null, PostalAddress? PostalAddress = null);
