using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Read/Write API v3.1.11 response pages as a bank sends them, written member by member from the spec's schemas
/// (OBReadTransaction6, OBReadAccount6) with Detail permissions: every transaction has its references, codes,
/// balance and counterparty; some have a merchant, a card or a charge. The same seed gives the same bytes.
/// </summary>
internal static class Pages
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Merchants = ["Tesco Stores", "Transport for London", "Pret A Manger", "Amazon UK", "Shell Garage", "Boots"];

    /// <summary>An OBReadTransaction6 page of <paramref name="count"/> transactions.</summary>
    public static byte[] Transactions(int count)
    {
        var random = new Random(7);
        return Document("transactions", writer =>
        {
            writer.WriteStartArray("Transaction");
            for (var i = 0; i < count; i++)
            {
                var credit = random.Next(4) == 0;
                var booked = Start.AddMinutes(i * 37 + random.Next(30));
                writer.WriteStartObject();
                writer.WriteString("AccountId", $"{1000 + i % 3}");
                writer.WriteString("TransactionId", $"txn-{i:D6}");
                writer.WriteString("TransactionReference", $"REF{random.Next(100000, 999999)}");
                writer.WriteString("CreditDebitIndicator", credit ? "Credit" : "Debit");
                writer.WriteString("Status", i % 50 == 49 ? "Pending" : "Booked");
                writer.WriteString("TransactionMutability", i % 50 == 49 ? "Mutable" : "Immutable");
                writer.WriteString("BookingDateTime", booked.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteString("ValueDateTime", booked.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteString("TransactionInformation", credit ? "Salary ACME LTD" : $"Card purchase {Merchants[i % Merchants.Length]}");
                Amount(writer, "Amount", random.Next(100, 250_000));
                if (i % 10 == 0)
                {
                    Amount(writer, "ChargeAmount", random.Next(50, 500));
                }

                writer.WriteStartObject("BankTransactionCode");
                writer.WriteString("Code", credit ? "ReceivedCreditTransfer" : "IssuedCreditTransfer");
                writer.WriteString("SubCode", "DomesticCreditTransfer");
                writer.WriteEndObject();
                writer.WriteStartObject("ProprietaryBankTransactionCode");
                writer.WriteString("Code", credit ? "BGC" : "POS");
                writer.WriteString("Issuer", "MockBank");
                writer.WriteEndObject();
                writer.WriteStartObject("Balance");
                writer.WriteString("CreditDebitIndicator", "Credit");
                writer.WriteString("Type", "InterimBooked");
                Amount(writer, "Amount", random.Next(100_000, 900_000));
                writer.WriteEndObject();
                if (!credit)
                {
                    writer.WriteStartObject("MerchantDetails");
                    writer.WriteString("MerchantName", Merchants[i % Merchants.Length]);
                    writer.WriteString("MerchantCategoryCode", "5411");
                    writer.WriteEndObject();
                    writer.WriteStartObject("CardInstrument");
                    writer.WriteString("CardSchemeName", "VISA");
                    writer.WriteString("AuthorisationType", "Contactless");
                    writer.WriteString("Name", "MRS A SMITH");
                    writer.WriteString("Identification", "************1234");
                    writer.WriteEndObject();
                }

                writer.WriteStartObject(credit ? "DebtorAccount" : "CreditorAccount");
                writer.WriteString("SchemeName", "UK.OBIE.SortCodeAccountNumber");
                writer.WriteString("Identification", $"40{random.Next(1000, 9999)}{random.Next(10_000_000, 99_999_999)}");
                writer.WriteString("Name", credit ? "ACME LTD" : Merchants[i % Merchants.Length]);
                writer.WriteEndObject();
                writer.WriteStartObject(credit ? "DebtorAgent" : "CreditorAgent");
                writer.WriteString("SchemeName", "UK.OBIE.BICFI");
                writer.WriteString("Identification", "MOCKGB2L");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>An OBReadAccount6 page of <paramref name="count"/> accounts.</summary>
    public static byte[] Accounts(int count)
    {
        var random = new Random(11);
        string[] subTypes = ["CurrentAccount", "Savings", "CreditCard", "Loan"];
        return Document("accounts", writer =>
        {
            writer.WriteStartArray("Account");
            for (var i = 0; i < count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("AccountId", $"acc-{i:D5}");
                writer.WriteString("Status", "Enabled");
                writer.WriteString("StatusUpdateDateTime", Start.AddDays(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteString("Currency", "GBP");
                writer.WriteString("AccountType", i % 5 == 0 ? "Business" : "Personal");
                writer.WriteString("AccountSubType", subTypes[i % subTypes.Length]);
                writer.WriteString("Description", $"{subTypes[i % subTypes.Length]} account");
                writer.WriteString("Nickname", $"Account {i}");
                writer.WriteString("OpeningDate", Start.AddYears(-3).AddDays(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteStartArray("Account");
                writer.WriteStartObject();
                writer.WriteString("SchemeName", "UK.OBIE.SortCodeAccountNumber");
                writer.WriteString("Identification", $"40{random.Next(1000, 9999)}{random.Next(10_000_000, 99_999_999)}");
                writer.WriteString("Name", "Mrs A Smith");
                writer.WriteEndObject();
                writer.WriteStartObject();
                writer.WriteString("SchemeName", "UK.OBIE.IBAN");
                writer.WriteString("Identification", $"GB{random.Next(10, 99)}MOCK40{random.Next(1000, 9999)}{random.Next(10_000_000, 99_999_999)}");
                writer.WriteString("Name", "Mrs A Smith");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("Servicer");
                writer.WriteString("SchemeName", "UK.OBIE.BICFI");
                writer.WriteString("Identification", "MOCKGB2L");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static byte[] Document(string resource, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Data");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteStartObject("Links");
            writer.WriteString("Self", $"https://rs.aspsp.example.com/open-banking/v3.1/aisp/{resource}?page=2");
            writer.WriteString("First", $"https://rs.aspsp.example.com/open-banking/v3.1/aisp/{resource}?page=1");
            writer.WriteString("Prev", $"https://rs.aspsp.example.com/open-banking/v3.1/aisp/{resource}?page=1");
            writer.WriteString("Next", $"https://rs.aspsp.example.com/open-banking/v3.1/aisp/{resource}?page=3");
            writer.WriteString("Last", $"https://rs.aspsp.example.com/open-banking/v3.1/aisp/{resource}?page=5");
            writer.WriteEndObject();
            writer.WriteStartObject("Meta");
            writer.WriteNumber("TotalPages", 5);
            writer.WriteString("FirstAvailableDateTime", "2023-01-01T00:00:00+00:00");
            writer.WriteString("LastAvailableDateTime", "2026-11-30T23:59:59+00:00");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Amount(Utf8JsonWriter writer, string name, int pence)
    {
        writer.WriteStartObject(name);
        writer.WriteString("Amount", (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture));
        writer.WriteString("Currency", "GBP");
        writer.WriteEndObject();
    }
}
