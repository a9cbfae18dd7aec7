using System.Text.Json.Nodes;
using MockAspsp.Seed;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// Seeded data in the spec's response shapes. Detail permissions add the fields the spec reserves for them (Account and
/// Transaction API Profile v3.1.11, "Detail Permissions": account identifications and servicer; beneficiaries', standing
/// orders' and scheduled payments' creditor account and agent; transaction information, balance, merchant and
/// counterparties; statement amounts); ReadPAN decides whether card numbers are shown whole, wherever one appears.
/// </summary>
public static partial class Shapes
{
    /// <summary>OBAccount6: Basic without identifications, Detail with them.</summary>
    public static JsonObject Account(BankAccount account, bool detail, bool readPan)
    {
        var json = new JsonObject
        {
            ["AccountId"] = account.AccountId,
            ["Status"] = "Enabled",
            ["StatusUpdateDateTime"] = Wire.Date(account.OpeningDate),
            ["Currency"] = account.Currency,
            ["AccountType"] = account.AccountType,
            ["AccountSubType"] = account.AccountSubType,
            ["Description"] = account.Description,
            ["Nickname"] = account.Nickname,
            ["OpeningDate"] = Wire.Date(account.OpeningDate),
        };
        if (detail)
        {
            var identification = Wire.Identification(account.SchemeName, account.Identification, readPan);
            var entry = new JsonObject { ["SchemeName"] = account.SchemeName, ["Identification"] = identification, ["Name"] = account.HolderName };
            if (account.SecondaryIdentification is not null)
            {
                entry["SecondaryIdentification"] = account.SecondaryIdentification;
            }

            json["Account"] = new JsonArray(entry);
            json["Servicer"] = new JsonObject { ["SchemeName"] = "UK.OBIE.BICFI", ["Identification"] = "MOCKGB2L" };
        }

        return json;
    }

    /// <summary>OBReadBalance1's balance.</summary>
    public static JsonObject Balance(BankBalance balance)
    {
        var json = new JsonObject
        {
            ["AccountId"] = balance.AccountId,
            ["Amount"] = Wire.Money(balance.Amount, balance.Currency),
            ["CreditDebitIndicator"] = Wire.CreditDebit(balance.Amount >= 0),
            ["Type"] = balance.Type,
            ["DateTime"] = Wire.Date(balance.DateTime),
        };
        if (balance.CreditLine is { } limit)
        {
            json["CreditLine"] = new JsonArray(new JsonObject { ["Included"] = true, ["Type"] = "Pre-Agreed", ["Amount"] = Wire.Money(limit, balance.Currency) });
        }

        return json;
    }

    /// <summary>OBTransaction6: Basic is what happened and when; Detail adds the description, counterparties and balance.</summary>
    public static JsonObject Transaction(BankTransaction t, bool detail, bool readPan)
    {
        var json = new JsonObject
        {
            ["AccountId"] = t.AccountId,
            ["TransactionId"] = t.TransactionId,
            ["TransactionReference"] = t.Reference,
            ["CreditDebitIndicator"] = Wire.CreditDebit(t.IsCredit),
            ["Status"] = t.Status,
            ["TransactionMutability"] = t.Status == "Booked" ? "Immutable" : "Mutable",
            ["BookingDateTime"] = Wire.Date(t.BookingDateTime),
            ["ValueDateTime"] = Wire.Date(t.ValueDateTime),
            ["Amount"] = Wire.Money(t.Amount, t.Currency),
            ["BankTransactionCode"] = new JsonObject { ["Code"] = t.BankTransactionCode, ["SubCode"] = t.BankTransactionSubCode },
            ["ProprietaryBankTransactionCode"] = new JsonObject { ["Code"] = t.ProprietaryCode, ["Issuer"] = "MockASPSP" },
        };
        if (t.CardNumber is not null)
        {
            json["CardInstrument"] = new JsonObject
            {
                ["CardSchemeName"] = t.CardNumber.StartsWith('5') ? "MasterCard" : "VISA",
                ["AuthorisationType"] = "Contactless",
                ["Identification"] = Wire.Pan(t.CardNumber, readPan),
            };
        }

        if (!detail)
        {
            return json;
        }

        json["TransactionInformation"] = t.Information;
        json["Balance"] = new JsonObject
        {
            ["Amount"] = Wire.Money(t.BalanceAfter, t.Currency),
            ["CreditDebitIndicator"] = Wire.CreditDebit(t.BalanceAfter >= 0),
            ["Type"] = "InterimBooked",
        };
        if (t.MerchantName is not null)
        {
            json["MerchantDetails"] = new JsonObject { ["MerchantName"] = t.MerchantName, ["MerchantCategoryCode"] = t.MerchantCategoryCode };
        }

        if (t.CounterpartyName is not null)
        {
            var counterparty = new JsonObject { ["Name"] = t.CounterpartyName };
            if (t.CounterpartySchemeName is not null)
            {
                counterparty["SchemeName"] = t.CounterpartySchemeName;
                counterparty["Identification"] = Wire.Identification(t.CounterpartySchemeName, t.CounterpartyIdentification!, readPan);
            }

            json[t.IsCredit ? "DebtorAccount" : "CreditorAccount"] = counterparty;
        }

        return json;
    }

    /// <summary>OBBeneficiary5: Detail adds the creditor account (a card number in it masked unless ReadPAN).</summary>
    public static JsonObject Beneficiary(BankBeneficiary b, bool detail, bool readPan)
    {
        var json = new JsonObject { ["AccountId"] = b.AccountId, ["BeneficiaryId"] = b.BeneficiaryId, ["BeneficiaryType"] = "Trusted", ["Reference"] = b.Reference };
        if (detail)
        {
            json["CreditorAccount"] = CashAccount(b.SchemeName, b.Identification, b.Name, readPan);
        }

        return json;
    }

    /// <summary>OBCashAccount5: scheme, identification (a card number masked unless ReadPAN) and name.</summary>
    private static JsonObject CashAccount(string schemeName, string identification, string name, bool readPan) => new()
    {
        ["SchemeName"] = schemeName,
        ["Identification"] = Wire.Identification(schemeName, identification, readPan),
        ["Name"] = name,
    };

    /// <summary>OBReadDirectDebit2's direct debit.</summary>
    public static JsonObject DirectDebit(BankDirectDebit d) => new()
    {
        ["AccountId"] = d.AccountId,
        ["DirectDebitId"] = d.DirectDebitId,
        ["MandateIdentification"] = d.MandateIdentification,
        ["DirectDebitStatusCode"] = d.Status,
        ["Name"] = d.Name,
        ["PreviousPaymentDateTime"] = Wire.Date(d.PreviousPaymentDateTime),
        ["PreviousPaymentAmount"] = Wire.Money(d.PreviousPaymentAmount, d.Currency),
    };

    /// <summary>
    /// OBStandingOrder6: the next payment while one is ahead, the last one made once there is one, Active or Inactive;
    /// Detail adds the creditor account (a card number in it masked unless ReadPAN).
    /// </summary>
    public static JsonObject StandingOrder(BankStandingOrder s, bool detail, bool readPan)
    {
        ArgumentNullException.ThrowIfNull(s);
        var json = new JsonObject
        {
            ["AccountId"] = s.AccountId,
            ["StandingOrderId"] = s.StandingOrderId,
            ["Frequency"] = s.Frequency,
            ["Reference"] = s.Reference,
            ["FirstPaymentDateTime"] = Wire.Date(s.FirstPaymentDateTime),
        };
        if (s.NextPaymentDateTime is { } next)
        {
            json["NextPaymentDateTime"] = Wire.Date(next);
        }

        if (s.LastPaymentDateTime is { } last)
        {
            json["LastPaymentDateTime"] = Wire.Date(last);
        }

        json["StandingOrderStatusCode"] = s.StatusCode;
        json["FirstPaymentAmount"] = Wire.Money(s.Amount, s.Currency);
        if (s.NextPaymentDateTime is not null)
        {
            json["NextPaymentAmount"] = Wire.Money(s.NextPaymentAmount ?? s.Amount, s.Currency);
        }

        if (s.LastPaymentAmount is { } lastAmount)
        {
            json["LastPaymentAmount"] = Wire.Money(lastAmount, s.Currency);
        }

        if (detail)
        {
            json["CreditorAccount"] = CashAccount(s.CreditorSchemeName, s.CreditorIdentification, s.CreditorName, readPan);
        }

        return json;
    }

    /// <summary>
    /// OBScheduledPayment3: Detail adds the creditor account (a card number in it masked unless ReadPAN) and, for a
    /// payment leaving the UK, the creditor agent.
    /// </summary>
    public static JsonObject ScheduledPayment(BankScheduledPayment p, bool detail, bool readPan)
    {
        ArgumentNullException.ThrowIfNull(p);
        var json = new JsonObject
        {
            ["AccountId"] = p.AccountId,
            ["ScheduledPaymentId"] = p.ScheduledPaymentId,
            ["ScheduledPaymentDateTime"] = Wire.Date(p.ScheduledPaymentDateTime),
            ["ScheduledType"] = p.ScheduledType,
            ["Reference"] = p.Reference,
        };
        if (p.DebtorReference is not null)
        {
            json["DebtorReference"] = p.DebtorReference;
        }

        json["InstructedAmount"] = Wire.Money(p.Amount, p.Currency);
        if (detail)
        {
            if (p.CreditorAgentBic is not null)
            {
                json["CreditorAgent"] = new JsonObject { ["SchemeName"] = "UK.OBIE.BICFI", ["Identification"] = p.CreditorAgentBic };
            }

            json["CreditorAccount"] = CashAccount(p.CreditorSchemeName, p.CreditorIdentification, p.CreditorName, readPan);
        }

        return json;
    }

    /// <summary>OBReadOffer1's offer (the same for every permission: ReadOffers).</summary>
    public static JsonObject Offer(BankOffer o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var json = new JsonObject
        {
            ["AccountId"] = o.AccountId,
            ["OfferId"] = o.OfferId,
            ["OfferType"] = o.OfferType,
            ["Description"] = o.Description,
            ["StartDateTime"] = Wire.Date(o.StartDateTime),
            ["EndDateTime"] = Wire.Date(o.EndDateTime),
        };
        if (o.Rate is not null)
        {
            json["Rate"] = o.Rate;
        }

        if (o.Value is { } value)
        {
            json["Value"] = value;
        }

        if (o.Term is not null)
        {
            json["Term"] = o.Term;
        }

        if (o.Amount is { } amount)
        {
            json["Amount"] = Wire.Money(amount, o.Currency);
        }

        if (o.Fee is { } fee)
        {
            json["Fee"] = Wire.Money(fee, o.Currency);
        }

        return json;
    }

    /// <summary>OBReadProduct2's product.</summary>
    public static JsonObject Product(BankProduct p) => new()
    {
        ["AccountId"] = p.AccountId,
        ["ProductId"] = p.ProductId,
        ["ProductType"] = p.ProductType,
        ["ProductName"] = p.ProductName,
    };

    /// <summary>OBParty2 for a customer.</summary>
    public static JsonObject Party(Customer c) => new()
    {
        ["PartyId"] = $"PARTY-{c.Id.ToUpperInvariant()}",
        ["PartyType"] = c.PartyType,
        ["Name"] = c.Name,
        ["EmailAddress"] = c.Email,
        ["Phone"] = c.Phone,
        ["Address"] = new JsonArray(new JsonObject
        {
            ["AddressType"] = c.PartyType == "Delegate" ? "Business" : "Residential",
            ["AddressLine"] = new JsonArray(c.AddressLine),
            ["TownName"] = c.TownName,
            ["PostCode"] = c.PostCode,
            ["Country"] = "GB",
        }),
    };
}
