namespace OpenBanking.Core.Accounts;

/// <summary>The card used in a transaction (OBTransactionCardInstrument1).</summary>
/// <param name="CardSchemeName">The card scheme.</param>
/// <param name="AuthorisationType">How the payment was authorised.</param>
/// <param name="Name">The name on the card.</param>
/// <param name="Identification">The card number, masked unless the consent has ReadPAN.</param>
public sealed record CardInstrument(
    CardSchemeName CardSchemeName,
    CardAuthorisationType? AuthorisationType = null,
    string? Name = null,
    string? Identification = null);
