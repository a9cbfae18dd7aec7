using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>
/// A well-formed body for every account-information response schema (and OBErrorResponse1), shaped as the v3.1.11
/// OpenAPI file says, with the members a real bank fills in. Each call parses afresh, so a test may break its copy.
/// </summary>
public static class SpecBodies
{
    public const string Self = "https://rs.bank.example/open-banking/v3.1/aisp";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OBReadConsentResponse1"] = $$$"""
            {"Data": {"ConsentId": "aac-7f3c1a2b", "Status": "AwaitingAuthorisation",
                      "CreationDateTime": "2026-11-23T11:58:03+00:00", "StatusUpdateDateTime": "2026-11-23T11:58:03+00:00",
                      "Permissions": ["ReadAccountsDetail", "ReadBalances", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits"],
                      "ExpirationDateTime": "2027-02-21T00:00:00+00:00", "TransactionFromDateTime": "2026-01-01T00:00:00+00:00"},
             "Risk": {},
             "Links": {"Self": "{{{Self}}}/account-access-consents/aac-7f3c1a2b"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadAccount6"] = $$$"""
            {"Data": {"Account": [
                {"AccountId": "22289", "Status": "Enabled", "StatusUpdateDateTime": "2024-01-01T06:06:06+00:00", "Currency": "GBP",
                 "AccountType": "Personal", "AccountSubType": "CurrentAccount", "Description": "Current account", "Nickname": "Bills",
                 "OpeningDate": "2002-05-01T00:00:00+00:00", "SwitchStatus": "UK.CASS.NotSwitched",
                 "Account": [{"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "80200110203345", "Name": "Mr Kevin", "SecondaryIdentification": "00021"}],
                 "Servicer": {"SchemeName": "UK.OBIE.BICFI", "Identification": "ALPHGB2L"}},
                {"AccountId": "31820", "Currency": "EUR", "AccountType": "Business", "AccountSubType": "Savings"}]},
             "Links": {"Self": "{{{Self}}}/accounts"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadBalance1"] = $$$"""
            {"Data": {"Balance": [
                {"AccountId": "22289", "Amount": {"Amount": "1230.00", "Currency": "GBP"}, "CreditDebitIndicator": "Credit",
                 "Type": "InterimAvailable", "DateTime": "2026-11-23T10:43:07+00:00",
                 "CreditLine": [{"Included": true, "Amount": {"Amount": "1000.00", "Currency": "GBP"}, "Type": "Pre-Agreed"}]},
                {"AccountId": "31820", "Amount": {"Amount": "57.36", "Currency": "EUR", "SubType": "BaseCurrency"}, "CreditDebitIndicator": "Debit",
                 "Type": "ClosingBooked", "DateTime": "2026-11-22T23:59:59Z", "LocalAmount": {"Amount": "49.12", "Currency": "GBP", "SubType": "LocalCurrency"}}],
              "TotalValue": {"Amount": "1172.64", "Currency": "GBP"}},
             "Links": {"Self": "{{{Self}}}/balances"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadTransaction6"] = $$$"""
            {"Data": {"Transaction": [
                {"AccountId": "22289", "TransactionId": "123", "TransactionReference": "Ref 1", "StatementReference": ["2026-11"],
                 "CreditDebitIndicator": "Credit", "Status": "Booked", "TransactionMutability": "Immutable",
                 "BookingDateTime": "2026-11-05T10:43:07+00:00", "ValueDateTime": "2026-11-05T10:45:22.123+00:00",
                 "TransactionInformation": "Cash from Aubrey", "Amount": {"Amount": "10.00", "Currency": "GBP"},
                 "ChargeAmount": {"Amount": "0.50", "Currency": "GBP"},
                 "CurrencyExchange": {"SourceCurrency": "EUR", "TargetCurrency": "GBP", "ExchangeRate": 0.8567, "InstructedAmount": {"Amount": "11.67", "Currency": "EUR"}},
                 "BankTransactionCode": {"Code": "ReceivedCreditTransfer", "SubCode": "DomesticCreditTransfer"},
                 "ProprietaryBankTransactionCode": {"Code": "Transfer", "Issuer": "AlphaBank"},
                 "Balance": {"Amount": {"Amount": "230.00", "Currency": "GBP"}, "CreditDebitIndicator": "Credit", "Type": "InterimBooked"},
                 "DebtorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "11280001234567", "Name": "Aubrey"},
                 "DebtorAgent": {"SchemeName": "UK.OBIE.BICFI", "Identification": "BETAGB2L"}},
                {"AccountId": "22289", "TransactionId": "124", "CreditDebitIndicator": "Debit", "Status": "Pending",
                 "BookingDateTime": "2026-11-06T08:00:00Z", "Amount": {"Amount": "24.99", "Currency": "GBP"},
                 "MerchantDetails": {"MerchantName": "Grocer", "MerchantCategoryCode": "5411"},
                 "CardInstrument": {"CardSchemeName": "VISA", "AuthorisationType": "Contactless", "Identification": "************0123"}}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/transactions", "First": "{{{Self}}}/accounts/22289/transactions", "Last": "{{{Self}}}/accounts/22289/transactions"},
             "Meta": {"TotalPages": 1, "FirstAvailableDateTime": "2026-01-01T00:00:00+00:00", "LastAvailableDateTime": "2026-11-23T00:00:00+00:00"}}
            """,
        ["OBErrorResponse1"] = """
            {"Code": "400 Bad Request", "Id": "2b5f0fb2-730b-11e8-adc0-fa7ae01bbebc", "Message": "The request is not valid",
             "Errors": [{"ErrorCode": "UK.OBIE.Field.Invalid", "Message": "page must be a number from 1 to 3", "Path": "page",
                         "Url": "https://developer.bank.example/errors#page"}]}
            """,
        ["OBReadBeneficiary5"] = $$$"""
            {"Data": {"Beneficiary": [
                {"AccountId": "22289", "BeneficiaryId": "Ben1", "BeneficiaryType": "Trusted", "Reference": "Towbar Club",
                 "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "80200112345678", "Name": "Mrs Juniper"},
                 "CreditorAgent": {"SchemeName": "UK.OBIE.BICFI", "Identification": "GAMMGB2L", "Name": "Gamma Bank",
                                   "PostalAddress": {"AddressType": "Business", "StreetName": "High Street", "BuildingNumber": "1", "PostCode": "EC1A 1BB",
                                                     "TownName": "London", "Country": "GB", "AddressLine": ["Gamma House"]} }}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/beneficiaries"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadDirectDebit2"] = $$$"""
            {"Data": {"DirectDebit": [
                {"AccountId": "22289", "DirectDebitId": "DD03", "MandateIdentification": "Caravanners", "DirectDebitStatusCode": "Active",
                 "Name": "Towbar Club 3 - We Love Towbars", "PreviousPaymentDateTime": "2026-04-05T10:43:07+00:00", "Frequency": "UK.OBIE.Monthly",
                 "PreviousPaymentAmount": {"Amount": "0.57", "Currency": "GBP"}}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/direct-debits"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadStandingOrder6"] = $$$"""
            {"Data": {"StandingOrder": [
                {"AccountId": "22289", "StandingOrderId": "Ben3", "Frequency": "IntrvlMnthDay:01:15", "Reference": "Towbar Club 2 - We Love Towbars",
                 "FirstPaymentDateTime": "2026-06-15T00:00:00+00:00", "NextPaymentDateTime": "2026-12-15T00:00:00+00:00",
                 "FinalPaymentDateTime": "2027-06-15T00:00:00+00:00", "NumberOfPayments": "12", "StandingOrderStatusCode": "Active",
                 "FirstPaymentAmount": {"Amount": "0.57", "Currency": "GBP"}, "NextPaymentAmount": {"Amount": "0.57", "Currency": "GBP"},
                 "FinalPaymentAmount": {"Amount": "0.57", "Currency": "GBP"},
                 "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "80200112345678", "Name": "Mrs Juniper"}}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/standing-orders"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadProduct2"] = $$$"""
            {"Data": {"Product": [
                {"AccountId": "22289", "ProductId": "51B", "ProductName": "321 Product", "ProductType": "PersonalCurrentAccount",
                 "PCA": {"ProductDetails": {"Segment": ["General"], "MonthlyMaximumCharge": "15.00"},
                         "CreditInterest": {"TierBandSet": [{"TierBandMethod": "Tiered", "CalculationMethod": "Compound", "Destination": "SelfCredit",
                             "TierBand": [{"Identification": "Tier1", "TierValueMinimum": "0", "TierValueMaximum": "2000.00", "ApplicationFrequency": "Monthly",
                                           "FixedVariableInterestRateType": "Variable", "AER": "1.5"}]}]} }},
                {"AccountId": "31820", "ProductType": "Other",
                 "OtherProductType": {"Name": "Saver", "Description": "An instant access saver",
                                      "ProductDetails": {"Segment": ["GEBA"], "FeeFreeLength": 12, "FeeFreeLengthPeriod": "PMTH"} }}]},
             "Links": {"Self": "{{{Self}}}/products"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadParty2"] = $$$"""
            {"Data": {"Party": {"PartyId": "PXSIF023", "PartyNumber": "0000007657", "PartyType": "Sole", "Name": "Semiotec",
                                "FullLegalName": "Semiotec Limited", "LegalStructure": "UK.OBIE.PrivateLimitedCompany", "BeneficialOwnership": true,
                                "AccountRole": "UK.OBIE.Principal", "EmailAddress": "contact@semiotec.example", "Mobile": "+44-7700900000",
                                "Relationships": {"Account": {"Related": "{{{Self}}}/accounts/22289", "Id": "22289"}},
                                "Address": [{"AddressType": "Business", "AddressLine": ["Flat 7", "Acacia Lodge"], "StreetName": "Acacia Avenue",
                                             "BuildingNumber": "27", "PostCode": "GU31 2ZZ", "TownName": "Sparsholt", "CountrySubDivision": "Wessex", "Country": "GB"}]}},
             "Links": {"Self": "{{{Self}}}/party"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadParty3"] = $$$"""
            {"Data": {"Party": [
                {"PartyId": "PABC123", "PartyType": "Joint", "Name": "Mrs Juniper", "Phone": "+44-2079460000", "AccountRole": "UK.OBIE.SecondaryOwner"},
                {"PartyId": "PFSF023", "PartyType": "Joint", "Name": "Mr Kevin", "AccountRole": "UK.OBIE.Principal"}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/parties"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadScheduledPayment3"] = $$$"""
            {"Data": {"ScheduledPayment": [
                {"AccountId": "22289", "ScheduledPaymentId": "SP03", "ScheduledPaymentDateTime": "2026-12-12T00:00:00+00:00", "ScheduledType": "Execution",
                 "Reference": "Towbar Club", "DebtorReference": "Towbar", "InstructedAmount": {"Amount": "10.00", "Currency": "GBP"},
                 "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "23605490179017", "Name": "Mr Tee"}}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/scheduled-payments"},
             "Meta": {"TotalPages": 1}}
            """,
        ["OBReadStatement2"] = $$$"""
            {"Data": {"Statement": [
                {"AccountId": "22289", "StatementId": "8sfhke-sifhkeuf-97513", "StatementReference": "002", "Type": "RegularPeriodic",
                 "StartDateTime": "2026-10-01T00:00:00+00:00", "EndDateTime": "2026-10-31T23:59:59+00:00", "CreationDateTime": "2026-11-01T00:00:00+00:00",
                 "StatementDescription": ["October 2026 Statement"],
                 "StatementBenefit": [{"Type": "UK.OBIE.Cashback", "Amount": {"Amount": "0.58", "Currency": "GBP"}}],
                 "StatementFee": [{"CreditDebitIndicator": "Debit", "Type": "UK.OBIE.Annual", "Rate": 0.1, "RateType": "UK.OBIE.AER", "Amount": {"Amount": "20.00", "Currency": "GBP"}}],
                 "StatementInterest": [{"CreditDebitIndicator": "Credit", "Type": "UK.OBIE.Total", "Amount": {"Amount": "1.00", "Currency": "GBP"}}],
                 "StatementAmount": [{"CreditDebitIndicator": "Credit", "Type": "UK.OBIE.ClosingBalance", "Amount": {"Amount": "400.00", "Currency": "GBP"}}],
                 "StatementDateTime": [{"DateTime": "2026-11-25T00:00:00+00:00", "Type": "UK.OBIE.DirectDebitDue"}],
                 "StatementRate": [{"Rate": "20.65", "Type": "UK.OBIE.AnnualCash"}],
                 "StatementValue": [{"Value": "3", "Type": "UK.OBIE.Credits"}]}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/statements"},
             "Meta": {"TotalPages": 1, "FirstAvailableDateTime": "2026-01-01T00:00:00+00:00", "LastAvailableDateTime": "2026-11-01T00:00:00+00:00"}}
            """,
        ["OBReadOffer1"] = $$$"""
            {"Data": {"Offer": [
                {"AccountId": "22289", "OfferId": "Offer1", "OfferType": "LimitIncrease", "Description": "Credit limit increase for the account up to £10000.00",
                 "Amount": {"Amount": "10000.00", "Currency": "GBP"}},
                {"AccountId": "22289", "OfferId": "Offer2", "OfferType": "BalanceTransfer", "Description": "Balance transfer offer up to £2000",
                 "Rate": "1.5", "Value": 3, "Term": "12 months", "URL": "https://bank.example/offers/2", "StartDateTime": "2026-11-01T00:00:00+00:00",
                 "EndDateTime": "2027-01-31T23:59:59+00:00", "Fee": {"Amount": "23.00", "Currency": "GBP"}}]},
             "Links": {"Self": "{{{Self}}}/accounts/22289/offers"},
             "Meta": {"TotalPages": 1}}
            """,
    };

    /// <summary>A fresh copy of the body for <paramref name="schema"/>.</summary>
    public static JsonNode Body(string schema) => JsonNode.Parse(All[schema])!;
}
