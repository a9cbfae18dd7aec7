using System.Text.Json.Nodes;

namespace MockAspsp.Tests.Pisp;

/// <summary>Good consent bodies of every payment order type, as the spec's examples shape them, for tests to bend.</summary>
internal static class PaymentBodies
{
    public static readonly DateTimeOffset Tomorrow = MockAspsp.TestSupport.TestBank.Start.AddDays(1);

    public static JsonObject Risk() => new()
    {
        ["PaymentContextCode"] = "PartyToParty",
        ["DeliveryAddress"] = new JsonObject
        {
            ["AddressLine"] = new JsonArray("Flat 7", "Acacia Lodge"),
            ["StreetName"] = "Acacia Avenue",
            ["BuildingNumber"] = "27",
            ["PostCode"] = "GU31 2ZZ",
            ["TownName"] = "Sparsholt",
            ["Country"] = "GB",
        },
    };

    public static JsonObject Creditor(string name = "ACME Inc") => new()
    {
        ["SchemeName"] = "UK.OBIE.SortCodeAccountNumber",
        ["Identification"] = "08080021325698",
        ["Name"] = name,
    };

    public static JsonObject Money(string amount, string currency = "GBP") => new() { ["Amount"] = amount, ["Currency"] = currency };

    public static JsonObject Domestic(string amount = "165.88") => new()
    {
        ["Data"] = new JsonObject
        {
            ["Initiation"] = new JsonObject
            {
                ["InstructionIdentification"] = "ACME412",
                ["EndToEndIdentification"] = "FRESCO.21302.GFX.20",
                ["InstructedAmount"] = Money(amount),
                ["CreditorAccount"] = Creditor(),
                ["RemittanceInformation"] = new JsonObject { ["Reference"] = "FRESCO-101", ["Unstructured"] = "Internal ops code 5120101" },
            },
        },
        ["Risk"] = Risk(),
    };

    public static JsonObject DomesticScheduled(string amount = "50.00") => new()
    {
        ["Data"] = new JsonObject
        {
            ["Permission"] = "Create",
            ["Initiation"] = new JsonObject
            {
                ["InstructionIdentification"] = "ACME413",
                ["EndToEndIdentification"] = "FRESCO.21302.GFX.21",
                ["RequestedExecutionDateTime"] = Date(Tomorrow),
                ["InstructedAmount"] = Money(amount),
                ["CreditorAccount"] = Creditor("Rent Ltd"),
                ["RemittanceInformation"] = new JsonObject { ["Reference"] = "RENT-12" },
            },
        },
        ["Risk"] = Risk(),
    };

    public static JsonObject DomesticStandingOrder(string frequency = "IntrvlMnthDay:01:15") => new()
    {
        ["Data"] = new JsonObject
        {
            ["Permission"] = "Create",
            ["Initiation"] = new JsonObject
            {
                ["Frequency"] = frequency,
                ["Reference"] = "Pocket money",
                ["FirstPaymentDateTime"] = Date(Tomorrow),
                ["FirstPaymentAmount"] = Money("20.00"),
                ["RecurringPaymentAmount"] = Money("20.00"),
                ["CreditorAccount"] = Creditor("Jack Clarke"),
            },
        },
        ["Risk"] = Risk(),
    };

    public static JsonObject International(string amount = "100.00", string currency = "EUR", JsonObject? rate = null)
    {
        var initiation = new JsonObject
        {
            ["InstructionIdentification"] = "INTL1",
            ["EndToEndIdentification"] = "INTL.E2E.1",
            ["CurrencyOfTransfer"] = "EUR",
            ["InstructedAmount"] = Money(amount, currency),
            ["CreditorAccount"] = new JsonObject { ["SchemeName"] = "UK.OBIE.IBAN", ["Identification"] = "DE89370400440532013000", ["Name"] = "Berlin GmbH" },
            ["RemittanceInformation"] = new JsonObject { ["Reference"] = "INV-77" },
        };
        if (rate is not null)
        {
            initiation["ExchangeRateInformation"] = rate;
        }

        return new JsonObject { ["Data"] = new JsonObject { ["Initiation"] = initiation }, ["Risk"] = Risk() };
    }

    public static JsonObject InternationalScheduled()
    {
        var body = International();
        body["Data"]!["Permission"] = "Create";
        body["Data"]!["Initiation"]!["RequestedExecutionDateTime"] = Date(Tomorrow);
        return body;
    }

    public static JsonObject InternationalStandingOrder() => new()
    {
        ["Data"] = new JsonObject
        {
            ["Permission"] = "Create",
            ["Initiation"] = new JsonObject
            {
                ["Frequency"] = "EvryWorkgDay",
                ["Reference"] = "Daily EUR",
                ["FirstPaymentDateTime"] = Date(Tomorrow),
                ["CurrencyOfTransfer"] = "EUR",
                ["InstructedAmount"] = Money("10.00", "EUR"),
                ["CreditorAccount"] = new JsonObject { ["SchemeName"] = "UK.OBIE.IBAN", ["Identification"] = "DE89370400440532013000", ["Name"] = "Berlin GmbH" },
            },
        },
        ["Risk"] = Risk(),
    };

    /// <summary>A JSON payment file (UK.OBIE.PaymentInitiation.3.1) of two payments, 10.25 and 20.25 pounds.</summary>
    public static byte[] JsonFile() => System.Text.Encoding.UTF8.GetBytes(new JsonObject
    {
        ["Data"] = new JsonObject
        {
            ["DomesticPayments"] = new JsonArray(
                new JsonObject
                {
                    ["InstructionIdentification"] = "FILE-1", ["EndToEndIdentification"] = "FILE.E2E.1", ["InstructedAmount"] = Money("10.25"),
                    ["CreditorAccount"] = Creditor("Supplier One"), ["RemittanceInformation"] = new JsonObject { ["Reference"] = "INV-1" },
                },
                new JsonObject
                {
                    ["InstructionIdentification"] = "FILE-2", ["EndToEndIdentification"] = "FILE.E2E.2", ["InstructedAmount"] = Money("20.25"),
                    ["CreditorAccount"] = Creditor("Supplier Two"),
                }),
        },
    }.ToJsonString());

    /// <summary>An ISO 20022 pain.001.001.08 payment file of two payments, 10.25 and 20.25 pounds.</summary>
    public static byte[] XmlFile() => System.Text.Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.08">
          <CstmrCdtTrfInitn>
            <GrpHdr><MsgId>FILE-XML-1</MsgId><CreDtTm>2026-11-23T12:00:00</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>30.50</CtrlSum><InitgPty><Nm>Amelia Clarke</Nm></InitgPty></GrpHdr>
            <PmtInf>
              <PmtInfId>BATCH-1</PmtInfId><PmtMtd>TRF</PmtMtd>
              <CdtTrfTxInf><PmtId><EndToEndId>XML.E2E.1</EndToEndId></PmtId><Amt><InstdAmt Ccy="GBP">10.25</InstdAmt></Amt><Cdtr><Nm>Supplier One</Nm></Cdtr><RmtInf><Ustrd>INV-1</Ustrd></RmtInf></CdtTrfTxInf>
              <CdtTrfTxInf><PmtId><EndToEndId>XML.E2E.2</EndToEndId></PmtId><Amt><InstdAmt Ccy="GBP">20.25</InstdAmt></Amt><Cdtr><Nm>Supplier Two</Nm></Cdtr></CdtTrfTxInf>
            </PmtInf>
          </CstmrCdtTrfInitn>
        </Document>
        """);

    /// <summary>A file payment consent for <paramref name="file"/>: its type, hash, count and control sum.</summary>
    public static JsonObject FileConsent(byte[] file, string fileType = "UK.OBIE.PaymentInitiation.3.1", string count = "2", decimal sum = 30.50m) => new()
    {
        ["Data"] = new JsonObject
        {
            ["Initiation"] = new JsonObject
            {
                ["FileType"] = fileType,
                ["FileHash"] = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(file)),
                ["FileReference"] = "BATCH-NOV",
                ["NumberOfTransactions"] = count,
                ["ControlSum"] = sum,
            },
        },
    };

    /// <summary>Sets the member at a dotted path (<c>Data.Initiation.InstructedAmount.Amount</c>).</summary>
    public static JsonObject With(this JsonObject body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)body, (node, part) => node[part]!);
        parent[parts[^1]] = value;
        return body;
    }

    /// <summary>Removes the member at a dotted path.</summary>
    public static JsonObject Without(this JsonObject body, string path)
    {
        var parts = path.Split('.');
        var parent = (JsonObject)parts[..^1].Aggregate((JsonNode)body, (node, part) => node[part]!);
        parent.Remove(parts[^1]);
        return body;
    }

    public static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
