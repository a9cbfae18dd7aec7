using OpenBanking.Core.Api;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Accounts;

/// <summary>Response bodies shaped as the v3.1.11 spec's OBReadAccount6, OBReadBalance1 and OBReadTransaction6.</summary>
public class AccountParsingTests
{
    internal const string AccountsBody = """
        {
          "Data": {
            "Account": [
              {
                "AccountId": "22289",
                "Status": "Enabled",
                "StatusUpdateDateTime": "2019-01-01T06:06:06+00:00",
                "Currency": "GBP",
                "AccountType": "Personal",
                "AccountSubType": "CurrentAccount",
                "Nickname": "Bills",
                "OpeningDate": "2019-01-01T06:06:06+00:00",
                "SwitchStatus": "UK.CASS.NotSwitched",
                "Account": [
                  {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "80200110203345", "Name": "Mr Kevin", "SecondaryIdentification": "00021"}
                ],
                "Servicer": {"SchemeName": "UK.OBIE.BICFI", "Identification": "AAAAGB2L"},
                "NotInTheSpec": true
              },
              {"AccountId": "31820", "Currency": "EUR"}
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/accounts/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    internal const string BalancesBody = """
        {
          "Data": {
            "Balance": [
              {
                "AccountId": "22289",
                "Amount": {"Amount": "1230.00", "Currency": "GBP"},
                "CreditDebitIndicator": "Credit",
                "Type": "InterimAvailable",
                "DateTime": "2017-04-05T10:43:07+00:00",
                "CreditLine": [{"Included": true, "Amount": {"Amount": "1000.00", "Currency": "GBP"}, "Type": "Pre-Agreed"}]
              },
              {
                "AccountId": "22289",
                "Amount": {"Amount": "57.36", "Currency": "GBP"},
                "CreditDebitIndicator": "Debit",
                "Type": "ClosingBooked",
                "DateTime": "2017-04-05T10:43:07+00:00"
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/balances/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    internal const string TransactionsBody = """
        {
          "Data": {
            "Transaction": [
              {
                "AccountId": "22289",
                "TransactionId": "123",
                "TransactionReference": "Ref 1",
                "Amount": {"Amount": "10.00", "Currency": "GBP"},
                "CreditDebitIndicator": "Credit",
                "Status": "Booked",
                "BookingDateTime": "2017-04-05T10:43:07+00:00",
                "ValueDateTime": "2017-04-05T10:45:22+00:00",
                "TransactionInformation": "Cash from Aubrey",
                "BankTransactionCode": {"Code": "ReceivedCreditTransfer", "SubCode": "DomesticCreditTransfer"},
                "ProprietaryBankTransactionCode": {"Code": "Transfer", "Issuer": "AlphaBank"},
                "Balance": {"Amount": {"Amount": "230.00", "Currency": "GBP"}, "CreditDebitIndicator": "Credit", "Type": "InterimBooked"},
                "DebtorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "10203012345678", "Name": "Aubrey"},
                "SupplementaryData": {"bank": {"field": 1}}
              },
              {
                "AccountId": "22289",
                "Amount": {"Amount": "0.00001", "Currency": "GBP"},
                "CreditDebitIndicator": "Debit",
                "Status": "Pending",
                "BookingDateTime": "2017-04-06T00:00:00+00:00",
                "CardInstrument": {"CardSchemeName": "VISA", "AuthorisationType": "Contactless", "Identification": "************1234"},
                "CurrencyExchange": {"SourceCurrency": "EUR", "ExchangeRate": 0.8583, "TargetCurrency": "GBP"}
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/transactions/", "Next": "https://api.alphabank.com/open-banking/v3.1/aisp/transactions?pg=2"},
          "Meta": {"TotalPages": 2, "FirstAvailableDateTime": "2017-05-03T00:00:00+00:00", "LastAvailableDateTime": "2017-12-03T00:00:00+00:00"}
        }
        """;

    [Test]
    public void Accounts_parse_with_identifications_and_unknown_fields_ignored()
    {
        var page = AccountInformation.Accounts().Parse(ScriptedBank.Json(200, AccountsBody)).Right();

        var account = page.Items[0];
        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Has.Count.EqualTo(2));
            Assert.That(account.AccountId, Is.EqualTo("22289"));
            Assert.That(account.Status, Is.EqualTo(AccountStatus.Enabled));
            Assert.That(account.AccountType, Is.EqualTo(AccountType.Personal));
            Assert.That(account.AccountSubType, Is.EqualTo(AccountSubType.CurrentAccount));
            Assert.That(account.Identifications, Is.EqualTo(new[] { new AccountIdentification("UK.OBIE.SortCodeAccountNumber", "80200110203345", "Mr Kevin", "00021") }));
            Assert.That(account.Servicer, Is.EqualTo(new FinancialInstitutionId("UK.OBIE.BICFI", "AAAAGB2L")));
            Assert.That(page.Items[1], Is.EqualTo(new Account("31820", Currency: "EUR")));
            Assert.That(page.Meta, Is.EqualTo(new ObMeta(1)));
            Assert.That(page.Next, Is.Null);
        });
    }

    [Test]
    public void Balances_parse_amounts_from_strings_as_decimals()
    {
        var page = AccountInformation.Balances().Parse(ScriptedBank.Json(200, BalancesBody)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(page.Items[0].Amount, Is.EqualTo(new ObAmount(1230.00m, "GBP")));
            Assert.That(page.Items[0].Type, Is.EqualTo(BalanceType.InterimAvailable));
            Assert.That(page.Items[0].CreditLine, Is.EqualTo(new[] { new CreditLine(true, CreditLineType.PreAgreed, new ObAmount(1000m, "GBP")) }));
            Assert.That(page.Items[1].SignedAmount, Is.EqualTo(-57.36m));
        });
    }

    [Test]
    public void Transactions_parse_with_paging_links_and_meta()
    {
        var page = AccountInformation.Transactions().Parse(ScriptedBank.Json(200, TransactionsBody)).Right();

        var first = page.Items[0];
        var second = page.Items[1];
        Assert.Multiple(() =>
        {
            Assert.That(first.Amount.Amount, Is.EqualTo(10.00m));
            Assert.That(first.Status, Is.EqualTo(EntryStatus.Booked));
            Assert.That(first.BankTransactionCode, Is.EqualTo(new BankTransactionCode("ReceivedCreditTransfer", "DomesticCreditTransfer")));
            Assert.That(first.Balance, Is.EqualTo(new TransactionBalance(CreditDebitIndicator.Credit, BalanceType.InterimBooked, new ObAmount(230m, "GBP"))));
            Assert.That(first.DebtorAccount!.Name, Is.EqualTo("Aubrey"));
            Assert.That(first.SupplementaryData!.Value.GetProperty("bank").GetProperty("field").GetInt32(), Is.EqualTo(1));
            Assert.That(second.SignedAmount, Is.EqualTo(-0.00001m));
            Assert.That(second.CardInstrument, Is.EqualTo(new CardInstrument(CardSchemeName.VISA, CardAuthorisationType.Contactless, null, "************1234")));
            Assert.That(second.CurrencyExchange!.ExchangeRate, Is.EqualTo(0.8583m));
            Assert.That(page.Next, Is.EqualTo("https://api.alphabank.com/open-banking/v3.1/aisp/transactions?pg=2"));
            Assert.That(page.Meta!.TotalPages, Is.EqualTo(2));
        });
    }

    [Test]
    public void An_empty_accounts_list_is_an_empty_page()
    {
        var page = AccountInformation.Accounts().Parse(ScriptedBank.Json(200, """{"Data":{},"Links":{"Self":"x"}}""")).Right();

        Assert.That(page.Items, Is.Empty);
    }

    [TestCase("\"AccountId\": \"22289\",", "$.Data.Balance[0]", "AccountId")]
    [TestCase("\"CreditDebitIndicator\": \"Credit\",", "$.Data.Balance[0]", "CreditDebitIndicator")]
    [TestCase("\"DateTime\": \"2017-04-05T10:43:07+00:00\",", "$.Data.Balance[0]", "DateTime")]
    public void A_balance_missing_a_required_field_is_a_parse_error_naming_it(string removed, string path, string field)
    {
        var body = ReplaceFirst(BalancesBody, removed, "");

        var error = AccountInformation.Balances().Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, ResourcePage<Balance>>();

        Assert.That(error.Path, Is.EqualTo(path));
        Assert.That(error.Message, Does.Contain(field));
    }

    [TestCase("\"1230.00\"", "1230.00", "$.Data.Balance[0].Amount.Amount")]
    [TestCase("\"1230.00\"", "\"-5.00\"", "$.Data.Balance[0].Amount.Amount")]
    [TestCase("\"1230.00\"", "\"1.123456\"", "$.Data.Balance[0].Amount.Amount")]
    [TestCase("\"InterimAvailable\"", "\"Available\"", "$.Data.Balance[0].Type")]
    [TestCase("\"Credit\"", "null", "$.Data.Balance[0].CreditDebitIndicator")]
    public void A_value_of_the_wrong_shape_is_a_parse_error_at_its_path(string original, string replacement, string path)
    {
        var body = ReplaceFirst(BalancesBody, original, replacement);

        var error = AccountInformation.Balances().Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, ResourcePage<Balance>>();

        Assert.That(error.Path, Is.EqualTo(path));
    }

    [Test]
    public void A_missing_data_object_is_a_parse_error()
    {
        var error = AccountInformation.Accounts().Parse(ScriptedBank.Json(200, """{"Links":{"Self":"x"}}""")).LeftOf<ParseError, ResourcePage<Account>>();

        Assert.That(error.Message, Does.Contain("Data"));
    }

    [Test]
    public void A_403_with_an_obie_error_is_an_api_error()
    {
        var body = """{"Code":"403 Forbidden","Message":"Missing permission","Errors":[{"ErrorCode":"UK.OBIE.Resource.ConsentMismatch","Message":"ReadTransactionsDetail not granted"}]}""";

        var error = AccountInformation.Transactions().Parse(ScriptedBank.Json(403, body, "iid-9")).LeftOf<ApiError, ResourcePage<Transaction>>();

        Assert.That(error.Status, Is.EqualTo(403));
        Assert.That(error.Errors.Single().ErrorCode, Is.EqualTo("UK.OBIE.Resource.ConsentMismatch"));
        Assert.That(error.InteractionId, Is.EqualTo("iid-9"));
    }

    [Test]
    public void A_401_without_a_body_is_an_http_error()
    {
        var error = AccountInformation.Accounts().Parse(ScriptedBank.Json(401, "")).LeftOf<HttpError, ResourcePage<Account>>();

        Assert.That(error.Status, Is.EqualTo(401));
    }

    [Test]
    public void A_200_that_is_not_json_is_a_parse_error()
    {
        var response = Core.Http.HttpResponseSpec.FromText(200, "<html/>", KeyValuePair.Create("Content-Type", "text/html"));

        Assert.That(AccountInformation.Accounts().Parse(response).Left(), Is.TypeOf<ParseError>());
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{old}' not in the body");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    [TestCase("""{"Data":null,"Links":{"Self":"x"}}""", "$.Data")]
    [TestCase("""{"Data":{"Balance":[null]}}""", "$.Data")]
    [TestCase("""{"Data":{"Balance":[{"AccountId":"1","Amount":{"Amount":"1.00","Currency":"GBP"},"CreditDebitIndicator":"Credit","Type":"Expected","DateTime":"2017-04-05T10:43:07+00:00","CreditLine":[null]}]}}""", "$.Data.Balance[0]")]
    public void Nulls_where_the_spec_has_none_are_parse_errors_not_crashes(string body, string path)
    {
        var error = AccountInformation.Balances().Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, ResourcePage<Balance>>();

        Assert.That(error.Path, Is.EqualTo(path));
    }

    [Test]
    public void A_null_account_or_transaction_item_is_a_parse_error()
    {
        Assert.That(AccountInformation.Accounts().Parse(ScriptedBank.Json(200, """{"Data":{"Account":[null]}}""")).Left(), Is.TypeOf<ParseError>());
        Assert.That(AccountInformation.Transactions().Parse(ScriptedBank.Json(200, """{"Data":{"Transaction":[null]}}""")).Left(), Is.TypeOf<ParseError>());
        Assert.That(AccountInformation.Accounts().Parse(ScriptedBank.Json(200, """{"Data":null}""")).Left(), Is.TypeOf<ParseError>());
    }

    [Test]
    public void A_200_with_account_data_but_a_wrong_content_type_names_no_data()
    {
        var response = Core.Http.HttpResponseSpec.FromText(200, AccountsBody, KeyValuePair.Create("Content-Type", "text/plain"));

        var error = AccountInformation.Accounts().Parse(response).LeftOf<ParseError, ResourcePage<Account>>();

        Assert.That(error.ToString(), Does.Not.Contain("80200110203345").And.Contain("text/plain"));
    }
}
