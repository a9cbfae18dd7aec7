using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// A statement of an account (OBStatement2): its period and, with ReadStatementsDetail, its amounts. Type codes of the
/// parts (<c>UK.OBIE.ClosingBalance</c>, ...) are OBIE namespaced enumerations, open to a bank's own values, so strings.
/// </summary>
/// <param name="AccountId">The account it is for.</param>
/// <param name="Type">Regular, interim, annual, opening or closing.</param>
/// <param name="StartDateTime">When the period starts.</param>
/// <param name="EndDateTime">When the period ends.</param>
/// <param name="CreationDateTime">When the statement was produced.</param>
/// <param name="StatementId">The bank's id for it (used for its file and its transactions).</param>
/// <param name="StatementReference">The reference printed on it.</param>
/// <param name="StatementDescription">Free-text lines.</param>
/// <param name="StatementBenefit">Benefits earned in the period (Detail).</param>
/// <param name="StatementFee">Fees charged in the period (Detail).</param>
/// <param name="StatementInterest">Interest in the period (Detail).</param>
/// <param name="StatementAmount">Balances and totals (Detail).</param>
/// <param name="StatementDateTime">Dates that matter, such as the payment due date.</param>
/// <param name="StatementRate">Rates applied (Detail).</param>
/// <param name="StatementValue">Non-monetary values such as points (Detail).</param>
/// <param name="TotalValue">The total value of the statement.</param>
public sealed record Statement(
    string AccountId,
    StatementType Type,
    DateTimeOffset StartDateTime,
    DateTimeOffset EndDateTime,
    DateTimeOffset CreationDateTime,
    string? StatementId = null,
    string? StatementReference = null,
    EquatableList<string>? StatementDescription = null,
    EquatableList<StatementBenefit>? StatementBenefit = null,
    EquatableList<StatementFeeOrInterest>? StatementFee = null,
    EquatableList<StatementFeeOrInterest>? StatementInterest = null,
    EquatableList<StatementAmount>? StatementAmount = null,
    EquatableList<StatementDateTime>? StatementDateTime = null,
    EquatableList<StatementRate>? StatementRate = null,
    EquatableList<StatementValue>? StatementValue = null,
    ObAmount? TotalValue = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized()
    {
        NullItems.Refuse(StatementDescription, "StatementDescription");
        NullItems.Refuse(StatementBenefit, "StatementBenefit");
        NullItems.Refuse(StatementFee, "StatementFee");
        NullItems.Refuse(StatementInterest, "StatementInterest");
        NullItems.Refuse(StatementAmount, "StatementAmount");
        NullItems.Refuse(StatementDateTime, "StatementDateTime");
        NullItems.Refuse(StatementRate, "StatementRate");
        NullItems.Refuse(StatementValue, "StatementValue");
    }
}
