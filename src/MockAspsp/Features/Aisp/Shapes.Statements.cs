using System.Text.Json.Nodes;
using MockAspsp.Seed;

namespace MockAspsp.Features.Aisp;

public static partial class Shapes
{
    /// <summary>
    /// OBStatement2. Basic: the period, description, fees and interest, and (cards) when payment is due. Detail adds the
    /// StatementAmount list (Statements v3.1.11, Permission Codes: it "must not be returned without the
    /// ReadStatementsDetail permission"): the balance brought forward, the credits and debits, the closing balance and, for
    /// a card, its credit limit and minimum payment.
    /// </summary>
    public static JsonObject Statement(BankStatement s, bool detail)
    {
        ArgumentNullException.ThrowIfNull(s);
        var json = new JsonObject
        {
            ["AccountId"] = s.AccountId,
            ["StatementId"] = s.StatementId,
            ["StatementReference"] = s.StatementReference,
            ["Type"] = "RegularPeriodic",
            ["StartDateTime"] = Wire.Date(s.StartDateTime),
            ["EndDateTime"] = Wire.Date(s.EndDateTime),
            ["CreationDateTime"] = Wire.Date(s.CreationDateTime),
            ["StatementDescription"] = new JsonArray(s.Description),
        };
        if (s.Fees > 0)
        {
            json["StatementFee"] = new JsonArray(new JsonObject
            {
                ["Description"] = "Monthly account fee",
                ["CreditDebitIndicator"] = "Debit",
                ["Type"] = "UK.OBIE.Monthly",
                ["Frequency"] = "UK.OBIE.StatementMonthly",
                ["Amount"] = Wire.Money(s.Fees, s.Currency),
            });
        }

        if (s.Interest > 0)
        {
            var interest = new JsonObject
            {
                ["Description"] = "Interest paid",
                ["CreditDebitIndicator"] = "Credit",
                ["Type"] = "UK.OBIE.Total",
            };
            if (s.InterestRate is { } rate)
            {
                interest["Rate"] = rate;
                interest["RateType"] = "UK.OBIE.Gross";
                interest["Frequency"] = "UK.OBIE.Monthly";
            }

            interest["Amount"] = Wire.Money(s.Interest, s.Currency);
            json["StatementInterest"] = new JsonArray(interest);
        }

        if (detail)
        {
            json["StatementAmount"] = new JsonArray([.. Amounts(s)]);
        }

        if (s.PaymentDueDateTime is { } due)
        {
            json["StatementDateTime"] = new JsonArray(new JsonObject { ["DateTime"] = Wire.Date(due), ["Type"] = "UK.OBIE.PaymentDue" });
        }

        return json;
    }

    private static IEnumerable<JsonNode> Amounts(BankStatement s)
    {
        // A zero amount is a credit (OBStatementAmount1.CreditDebitIndicator: "A zero amount is considered to be a credit amount").
        JsonObject Amount(string type, decimal value, bool credit) => new()
        {
            ["CreditDebitIndicator"] = Wire.CreditDebit(credit || value == 0),
            ["Type"] = type,
            ["Amount"] = Wire.Money(value, s.Currency),
        };

        yield return Amount("UK.OBIE.PreviousClosingBalance", s.OpeningBalance, s.OpeningBalance >= 0);
        yield return Amount("UK.OBIE.TotalCredits", s.TotalCredits, credit: true);
        yield return Amount("UK.OBIE.TotalDebits", s.TotalDebits, credit: false);
        yield return Amount("UK.OBIE.ClosingBalance", s.ClosingBalance, s.ClosingBalance >= 0);
        if (s.CreditLimit is { } limit)
        {
            yield return Amount("UK.OBIE.CreditLimit", limit, credit: true);
        }

        if (s.MinimumPaymentDue is { } minimum)
        {
            yield return Amount("UK.OBIE.MinimumPaymentDue", minimum, credit: false);
        }
    }
}
