using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Domain;
using MockAspsp.Features.Aisp;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// The response documents of the Payment Initiation API v3.1.11 (OBWrite…ConsentResponse, OBWrite…Response,
/// OBWritePaymentDetailsResponse1, OBWriteFundsConfirmationResponse1), shaped purely from the state and the clock. A
/// consent's Initiation, Authorisation, SCASupportData and Risk are echoed as the TPP sent them.
/// </summary>
public static class PaymentDocuments
{
    /// <summary>The Payment Initiation API's base path.</summary>
    public const string BasePath = "/open-banking/v3.1/pisp";

    /// <summary>A consent, as POST and GET answer with it.</summary>
    public static JsonObject Consent(PaymentApi api, PaymentConsent consent, string issuer, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(options);
        var data = new JsonObject
        {
            ["ConsentId"] = consent.ConsentId,
            ["CreationDateTime"] = Wire.Date(consent.CreationDateTime),
            ["Status"] = consent.Status.ToString(),
            ["StatusUpdateDateTime"] = Wire.Date(consent.StatusUpdateDateTime),
        };
        Echo(consent.Data, data, "Permission", "ReadRefundAccount");
        if (consent.Terms.CutOffDateTime is { } cutOff)
        {
            data["CutOffDateTime"] = Wire.Date(cutOff);
        }

        Expected(api, consent.Terms, consent.CreationDateTime, data, options);
        Charges(consent.Terms, data);
        Quote(api, consent.Terms, data);
        Echo(consent.Data, data, "Initiation", "Authorisation", "SCASupportData");
        if (consent.DebtorAccountId is { } debtor)
        {
            data["Debtor"] = Account(debtor);
        }

        return Envelope(data, consent.Risk, $"{issuer}{BasePath}/{api.ConsentPath}/{consent.ConsentId}");
    }

    /// <summary>A payment order, as POST and GET answer with it, its status at <paramref name="now"/>.</summary>
    public static JsonObject Payment(PaymentApi api, BankState state, Payment payment, string issuer, MockAspspOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(payment);
        var consent = state.PaymentConsents[payment.ConsentId];
        var status = Settlement.Status(api, state, payment, options, now);
        var data = new JsonObject
        {
            [api.PaymentIdName] = payment.PaymentId,
            ["ConsentId"] = payment.ConsentId,
            ["CreationDateTime"] = Wire.Date(payment.CreationDateTime),
            ["Status"] = status.Status,
            ["StatusUpdateDateTime"] = Wire.Date(status.At),
        };
        Expected(api, consent.Terms, payment.CreationDateTime, data, options);
        if (api.HasRefund && consent.Data.TryGetProperty("ReadRefundAccount", out var refund) && refund.GetString() == "Yes")
        {
            data["Refund"] = new JsonObject { ["Account"] = Account(payment.DebtorAccountId) };
        }

        Charges(consent.Terms, data);
        Quote(api, consent.Terms, data);
        Echo(consent.Data, data, "Initiation");
        data["Debtor"] = Account(payment.DebtorAccountId);
        return Envelope(data, null, $"{issuer}{BasePath}/{api.PaymentPath}/{payment.PaymentId}");
    }

    /// <summary>
    /// Payment details: the money's movement so far, each status with when it was reached — for a standing order, each
    /// of its payments under its own PaymentTransactionId (<see cref="PaymentExecution.TransactionId"/>), one the balance
    /// did not cover Rejected with the reason in StatusDetail.
    /// </summary>
    public static JsonObject Details(PaymentApi api, BankState state, Payment payment, string issuer, MockAspspOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(payment);
        var steps = Settlement.Money(state, payment, options, now).Select(step =>
        {
            var item = new JsonObject
            {
                ["PaymentTransactionId"] = step.TransactionId,
                ["Status"] = step.Status,
                ["StatusUpdateDateTime"] = Wire.Date(step.At),
            };
            if (step.Reason is { } reason)
            {
                item["StatusDetail"] = new JsonObject
                {
                    ["Status"] = "Rejected",
                    ["StatusReason"] = "ProprietaryRejection",
                    ["StatusReasonDescription"] = reason,
                };
            }

            return (JsonNode)item;
        });
        return Envelope(new JsonObject { ["PaymentStatus"] = new JsonArray([.. steps]) }, null, $"{issuer}{BasePath}/{api.PaymentPath}/{payment.PaymentId}/payment-details");
    }

    /// <summary>A funds confirmation.</summary>
    public static JsonObject Funds(PaymentApi api, string consentId, bool available, string issuer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(api);
        var data = new JsonObject
        {
            ["FundsAvailableResult"] = new JsonObject { ["FundsAvailableDateTime"] = Wire.Date(now), ["FundsAvailable"] = available },
        };
        return Envelope(data, null, $"{issuer}{BasePath}/{api.ConsentPath}/{consentId}/funds-confirmation");
    }

    private static JsonObject Envelope(JsonObject data, JsonElement? risk, string self)
    {
        var document = new JsonObject { ["Data"] = data };
        if (risk is { } r)
        {
            document["Risk"] = JsonNode.Parse(r.GetRawText());
        }

        document["Links"] = new JsonObject { ["Self"] = self };
        document["Meta"] = new JsonObject();
        return document;
    }

    private static void Echo(JsonElement from, JsonObject to, params string[] members)
    {
        foreach (var member in members)
        {
            if (from.TryGetProperty(member, out var value))
            {
                to[member] = JsonNode.Parse(value.GetRawText());
            }
        }
    }

    private static void Expected(PaymentApi api, PaymentTerms terms, DateTimeOffset from, JsonObject data, MockAspspOptions options)
    {
        if (!api.HasExpectedDates)
        {
            return;
        }

        var execution = terms.ExecutionDateTime > from ? terms.ExecutionDateTime : from;
        data["ExpectedExecutionDateTime"] = Wire.Date(execution);
        data["ExpectedSettlementDateTime"] = Wire.Date(execution.AddSeconds(options.SettlementCompleteSeconds));
    }

    private static void Charges(PaymentTerms terms, JsonObject data)
    {
        if (terms.Charges.Length > 0)
        {
            data["Charges"] = new JsonArray([.. terms.Charges.Select(c => (JsonNode)new JsonObject
            {
                ["ChargeBearer"] = c.ChargeBearer,
                ["Type"] = c.Type,
                ["Amount"] = Wire.Money(c.Amount, c.Currency),
            })]);
        }
    }

    private static void Quote(PaymentApi api, PaymentTerms terms, JsonObject data)
    {
        if (!api.HasExchangeRate || terms.Quote is not { } quote)
        {
            return;
        }

        var information = new JsonObject { ["UnitCurrency"] = quote.UnitCurrency, ["ExchangeRate"] = quote.ExchangeRate, ["RateType"] = quote.RateType };
        if (quote.ContractIdentification is { } contract)
        {
            information["ContractIdentification"] = contract;
        }

        if (quote.ExpirationDateTime is { } expiry)
        {
            information["ExpirationDateTime"] = Wire.Date(expiry);
        }

        data["ExchangeRateInformation"] = information;
    }

    private static JsonObject Account(string accountId)
    {
        var account = SeedData.Bank.Account(accountId)!;
        return new JsonObject { ["SchemeName"] = account.SchemeName, ["Identification"] = account.Identification, ["Name"] = account.HolderName };
    }
}
