namespace OpenBanking.Core.Tests.Accounts;

/// <summary>
/// Response bodies shaped as the v3.1.11 spec's OBReadBeneficiary5, OBReadDirectDebit2, OBReadStandingOrder6,
/// OBReadScheduledPayment3, OBReadStatement2, OBReadProduct2, OBReadParty2, OBReadParty3 and OBReadOffer1, each with a
/// member the spec does not define (banks add them; the parsers must not mind).
/// </summary>
internal static class ResourceBodies
{
    public const string BeneficiariesBody = """
        {
          "Data": {
            "Beneficiary": [
              {
                "AccountId": "22289",
                "BeneficiaryId": "Ben1",
                "BeneficiaryType": "Trusted",
                "Reference": "Towbar Club",
                "SupplementaryData": {"bank": "extra"},
                "CreditorAgent": {
                  "SchemeName": "UK.OBIE.BICFI",
                  "Identification": "80200112344562",
                  "Name": "Alpha Bank",
                  "PostalAddress": {"AddressType": "Business", "StreetName": "High Street", "Country": "GB", "AddressLine": ["1 High Street"]}
                },
                "CreditorAccount": {
                  "SchemeName": "UK.OBIE.SortCodeAccountNumber",
                  "Identification": "80200112345678",
                  "Name": "Mrs Juniper"
                },
                "BankOwnField": 1
              },
              {"BeneficiaryId": "Ben2", "BeneficiaryType": "Ordinary"}
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/beneficiaries/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string DirectDebitsBody = """
        {
          "Data": {
            "DirectDebit": [
              {
                "AccountId": "22289",
                "DirectDebitId": "DD03",
                "MandateIdentification": "Caravanners",
                "DirectDebitStatusCode": "Active",
                "Name": "Towbar Club 3 - We Love Towbars",
                "PreviousPaymentDateTime": "2017-04-05T10:43:07+00:00",
                "Frequency": "UK.OBIE.Monthly",
                "PreviousPaymentAmount": {"Amount": "0.57", "Currency": "GBP"},
                "BankOwnField": "x"
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/direct-debits/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string StandingOrdersBody = """
        {
          "Data": {
            "StandingOrder": [
              {
                "AccountId": "22289",
                "StandingOrderId": "Ben3",
                "Frequency": "IntrvlMnthDay:01:-01",
                "Reference": "Towbar Club 2 - We Love Towbars",
                "FirstPaymentDateTime": "2017-08-12T00:00:00+00:00",
                "NextPaymentDateTime": "2017-11-12T00:00:00+00:00",
                "LastPaymentDateTime": "2017-10-12T00:00:00+00:00",
                "FinalPaymentDateTime": "2027-08-12T00:00:00+00:00",
                "NumberOfPayments": "120",
                "StandingOrderStatusCode": "Active",
                "FirstPaymentAmount": {"Amount": "0.57", "Currency": "GBP"},
                "NextPaymentAmount": {"Amount": "0.56", "Currency": "GBP"},
                "LastPaymentAmount": {"Amount": "0.56", "Currency": "GBP"},
                "FinalPaymentAmount": {"Amount": "0.56", "Currency": "GBP"},
                "CreditorAgent": {"SchemeName": "UK.OBIE.BICFI", "Identification": "AAAAGB2L"},
                "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "80200112345678", "Name": "Mrs Juniper"},
                "SupplementaryData": {"bank": {"field": 2}},
                "BankOwnField": []
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/standing-orders/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string ScheduledPaymentsBody = """
        {
          "Data": {
            "ScheduledPayment": [
              {
                "AccountId": "22289",
                "ScheduledPaymentId": "SP03",
                "ScheduledPaymentDateTime": "2017-05-05T00:00:00+00:00",
                "ScheduledType": "Execution",
                "Reference": "Towbar Club",
                "DebtorReference": "Caravan",
                "InstructedAmount": {"Amount": "10.00", "Currency": "GBP"},
                "CreditorAgent": {"SchemeName": "UK.OBIE.BICFI", "Identification": "AAAAGB2L"},
                "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "23605490179017", "Name": "Mr Tee"},
                "BankOwnField": null
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/scheduled-payments/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string StatementsBody = """
        {
          "Data": {
            "Statement": [
              {
                "AccountId": "22289",
                "StatementId": "8001",
                "StatementReference": "001",
                "Type": "RegularPeriodic",
                "StartDateTime": "2017-08-01T00:00:00+00:00",
                "EndDateTime": "2017-08-31T23:59:59+00:00",
                "CreationDateTime": "2017-09-01T00:00:00+00:00",
                "StatementDescription": ["August 2017 Statement", "One Free Uber Ride"],
                "StatementBenefit": [{"Amount": {"Amount": "0.58", "Currency": "GBP"}, "Type": "UK.OBIE.Cashback"}],
                "StatementFee": [{"Description": "Monthly fee", "CreditDebitIndicator": "Debit", "Type": "UK.OBIE.Monthly", "Rate": 1.5, "RateType": "UK.OBIE.AER", "Frequency": "UK.OBIE.StatementMonthly", "Amount": {"Amount": "1.66", "Currency": "GBP"}}],
                "StatementInterest": [{"CreditDebitIndicator": "Credit", "Type": "UK.OBIE.Total", "Rate": 0.25, "Amount": {"Amount": "0.02", "Currency": "GBP"}}],
                "StatementAmount": [
                  {"CreditDebitIndicator": "Credit", "Type": "UK.OBIE.ClosingBalance", "Amount": {"Amount": "400.00", "Currency": "GBP", "SubType": "BaseCurrency"}},
                  {"CreditDebitIndicator": "Debit", "Type": "UK.OBIE.PreviousClosingBalance", "Amount": {"Amount": "12.50", "Currency": "GBP"}, "LocalAmount": {"Amount": "14.60", "Currency": "EUR", "SubType": "LocalCurrency"}}
                ],
                "StatementDateTime": [{"DateTime": "2017-09-20T00:00:00+00:00", "Type": "UK.OBIE.PaymentDue"}],
                "StatementRate": [{"Rate": "-0.5", "Type": "UK.OBIE.AnnualPurchase"}],
                "StatementValue": [{"Value": "250", "Type": "UK.OBIE.AirMilesPoints"}],
                "TotalValue": {"Amount": "400.00", "Currency": "GBP"},
                "BankOwnField": {"a": 1}
              },
              {
                "AccountId": "22289",
                "StatementId": "8002",
                "Type": "Interim",
                "StartDateTime": "2017-09-01T00:00:00+00:00",
                "EndDateTime": "2017-09-15T23:59:59+00:00",
                "CreationDateTime": "2017-09-16T00:00:00+00:00"
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/accounts/22289/statements/"},
          "Meta": {"TotalPages": 1, "FirstAvailableDateTime": "2017-01-01T00:00:00+00:00", "LastAvailableDateTime": "2017-12-31T00:00:00+00:00"}
        }
        """;

    public const string ProductsBody = """
        {
          "Data": {
            "Product": [
              {
                "ProductName": "321 Product",
                "ProductId": "51B",
                "AccountId": "22289",
                "SecondaryProductId": "PCA-321",
                "ProductType": "PersonalCurrentAccount",
                "MarketingStateId": "Regular",
                "PCA": {"ProductDetails": {"Segment": ["GEPA"], "MonthlyMaximumCharge": "20.00"}, "CreditInterest": {"TierBandSet": []}},
                "BankOwnField": true
              },
              {
                "AccountId": "31820",
                "ProductType": "Other",
                "OtherProductType": {"Name": "Cash ISA", "Description": "Tax-free savings"}
              }
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/products/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string PartyBody = """
        {
          "Data": {
            "Party": {
              "PartyId": "PXSIF023",
              "PartyNumber": "0000007456",
              "PartyType": "Sole",
              "Name": "Semiotec",
              "FullLegalName": "Semiotec Limited",
              "LegalStructure": "UK.OBIE.PrivateLimitedCompany",
              "BeneficialOwnership": true,
              "AccountRole": "UK.OBIE.Principal",
              "EmailAddress": "contact@semiotec.co.jp",
              "Phone": "+44-2079460000",
              "Mobile": "+44-7700900000",
              "Relationships": {"Account": {"Related": "https://api.alphabank.com/open-banking/v3.1/aisp/accounts/22289", "Id": "22289"}},
              "Address": [
                {"AddressType": "Business", "AddressLine": ["Street 1", "Floor 2"], "StreetName": "Street", "BuildingNumber": "1", "PostCode": "EC1 1AA", "TownName": "London", "CountrySubDivision": "Greater London", "Country": "GB"}
              ],
              "BankOwnField": "x"
            }
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/party/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string PartiesBody = """
        {
          "Data": {
            "Party": [
              {"PartyId": "PABC123", "PartyType": "Joint", "Name": "Mrs B Smith", "AccountRole": "UK.OBIE.Principal", "Address": [{"Country": "GB", "PostCode": "N1 1AA"}]},
              {"PartyId": "PXYZ789", "PartyType": "Delegate", "Name": "Mr A Jones", "AccountRole": "UK.OBIE.PowerOfAttorney", "BankOwnField": 3}
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/accounts/22289/parties/"},
          "Meta": {"TotalPages": 1}
        }
        """;

    public const string OffersBody = """
        {
          "Data": {
            "Offer": [
              {
                "AccountId": "22289",
                "OfferId": "Offer1",
                "OfferType": "LimitIncrease",
                "Description": "Credit limit increase for the account up to £10000.00",
                "StartDateTime": "2017-01-01T00:00:00+00:00",
                "EndDateTime": "2017-12-31T00:00:00+00:00",
                "Rate": "19.9",
                "Value": 3,
                "Term": "See website",
                "URL": "https://www.alphabank.com/offers",
                "Amount": {"Amount": "10000.00", "Currency": "GBP"},
                "Fee": {"Amount": "5.00", "Currency": "GBP"},
                "BankOwnField": 1
              },
              {"AccountId": "22289", "OfferId": "Offer2", "OfferType": "BalanceTransfer", "Rate": "-1.25"}
            ]
          },
          "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/offers/"},
          "Meta": {"TotalPages": 1}
        }
        """;
}
