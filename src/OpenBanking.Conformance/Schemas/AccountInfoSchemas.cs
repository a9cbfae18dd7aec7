using static OpenBanking.Conformance.Schemas.SchemaDsl;

namespace OpenBanking.Conformance.Schemas;

/// <summary>
/// The response bodies of the Account and Transaction API v3.1.11 (and its error body, OBErrorResponse1), written from
/// the facts of the OBIE OpenAPI file's <c>components.schemas</c>: required members, lengths, patterns, closed code
/// lists as values, namespaced enumerations, ISO date-times. Definitions the file repeats under numbered names
/// (<c>OBActiveOrHistoricCurrencyAndAmount_0</c> to <c>_11</c>, ...) are one definition here; structures it repeats
/// inline are shared definitions. External ISO code lists the spec only documents stay strings with its length limits.
/// </summary>
public static partial class AccountInfoSchemas
{
    /// <summary>The schemas, by the spec's names (e.g. <c>OBReadAccount6</c>, the name in <c>SpecOperation.ResponseSchema</c>).</summary>
    public static SchemaSet Set { get; } = new("Account and Transaction API v3.1.11", [.. Accounts(), .. Products(), .. ErrorSchemas.Definitions(ErrorSchemas.Codes)]);

    /// <summary>OBActiveCurrencyAndAmount_SimpleType.</summary>
    private static StringSchema Amount => Pattern(@"^\d{1,13}$|^\d{1,13}\.\d{1,5}$", "an amount (1 to 13 digits, optionally a point and 1 to 5 decimals, no sign)");

    /// <summary>ActiveOrHistoricCurrencyCode: an ISO 4217 code.</summary>
    private static StringSchema Currency => Pattern("^[A-Z]{3,3}$", "an ISO 4217 currency code (three capital letters)");

    /// <summary>CountryCode: an ISO 3166-1 alpha-2 code.</summary>
    private static StringSchema Country => Pattern("^[A-Z]{2,2}$", "an ISO 3166-1 country code (two capital letters)");

    /// <summary>PhoneNumber_0 and _1 (the spec leaves the pattern unanchored).</summary>
    private static StringSchema PhoneNumber => Pattern(@"\+[0-9]{1,3}-[0-9()+\-]{1,30}", "a phone number such as +44-2079460000");

    private static Dictionary<string, Schema> Accounts() => new Dictionary<string, Schema>(StringComparer.Ordinal)
    {
        ["OBReadConsentResponse1"] = Closed(
            Req("Data", Open(
                Req("ConsentId", Text(1, 128)),
                Req("CreationDateTime", IsoDateTime),
                Req("Status", OneOf("Authorised", "AwaitingAuthorisation", "Rejected", "Revoked")),
                Req("StatusUpdateDateTime", IsoDateTime),
                Req("Permissions", ArrayOf(OneOf("ReadAccountsBasic", "ReadAccountsDetail", "ReadBalances", "ReadBeneficiariesBasic", "ReadBeneficiariesDetail", "ReadDirectDebits", "ReadOffers", "ReadPAN", "ReadParty", "ReadPartyPSU", "ReadProducts", "ReadScheduledPaymentsBasic", "ReadScheduledPaymentsDetail", "ReadStandingOrdersBasic", "ReadStandingOrdersDetail", "ReadStatementsBasic", "ReadStatementsDetail", "ReadTransactionsBasic", "ReadTransactionsCredits", "ReadTransactionsDebits", "ReadTransactionsDetail"), min: 1)),
                Opt("ExpirationDateTime", IsoDateTime),
                Opt("TransactionFromDateTime", IsoDateTime),
                Opt("TransactionToDateTime", IsoDateTime))),
            Req("Risk", Ref("OBRisk2")),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadAccount6"] = Closed(
            Req("Data", Open(Opt("Account", ArrayOf(Ref("OBAccount6"))))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadBalance1"] = Closed(
            Req("Data", Open(
                Req("Balance", ArrayOf(Open(
                    Req("AccountId", Text(1, 40)),
                    Req("CreditDebitIndicator", Ref("OBCreditDebitCode")),
                    Req("Type", Ref("OBBalanceType1Code")),
                    Req("DateTime", IsoDateTime),
                    Req("Amount", Ref("OBAmountWithSubType")),
                    Opt("CreditLine", ArrayOf(Open(
                        Req("Included", Bool),
                        Opt("Type", OneOf("Available", "Credit", "Emergency", "Pre-Agreed", "Temporary")),
                        Opt("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount"))))),
                    Opt("LocalAmount", Ref("OBAmountWithSubType"))), min: 1)),
                Opt("TotalValue", Ref("OBActiveOrHistoricCurrencyAndAmount")))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadTransaction6"] = Closed(Req("Data", Ref("OBReadDataTransaction6")), Opt("Links", Ref("Links")), Opt("Meta", Ref("Meta"))),
        ["OBReadBeneficiary5"] = Closed(
            Req("Data", Open(Opt("Beneficiary", ArrayOf(Ref("OBBeneficiary5"))))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadDirectDebit2"] = Closed(
            Req("Data", Open(
                Opt("DirectDebit", ArrayOf(Open(
                    Req("AccountId", Text(1, 40)),
                    Opt("DirectDebitId", Text(1, 40)),
                    Req("MandateIdentification", Text(1, 35)),
                    Opt("DirectDebitStatusCode", Ref("OBExternalDirectDebitStatus1Code")),
                    Req("Name", Text(1, 70)),
                    Opt("PreviousPaymentDateTime", IsoDateTime),
                    Opt("Frequency", Namespaced("UK.OBIE.Annual", "UK.OBIE.Daily", "UK.OBIE.Fortnightly", "UK.OBIE.HalfYearly", "UK.OBIE.Monthly", "UK.OBIE.NotKnown", "UK.OBIE.Quarterly", "UK.OBIE.Weekly")),
                    Opt("PreviousPaymentAmount", Ref("OBActiveOrHistoricCurrencyAndAmount"))))))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadStandingOrder6"] = Closed(
            Req("Data", Open(Opt("StandingOrder", ArrayOf(Ref("OBStandingOrder6"))))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadParty2"] = Closed(Req("Data", Open(Opt("Party", Ref("OBParty2")))), Opt("Links", Ref("Links")), Opt("Meta", Ref("Meta"))),
        ["OBReadParty3"] = Closed(Req("Data", Open(Opt("Party", ArrayOf(Ref("OBParty2"))))), Opt("Links", Ref("Links")), Opt("Meta", Ref("Meta"))),
        ["OBReadScheduledPayment3"] = Closed(
            Req("Data", Open(Opt("ScheduledPayment", ArrayOf(Ref("OBScheduledPayment3"))))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["OBReadStatement2"] = Closed(Req("Data", Ref("OBReadDataStatement2")), Opt("Links", Ref("Links")), Opt("Meta", Ref("Meta"))),
        ["OBReadOffer1"] = Closed(
            Req("Data", Open(
                Opt("Offer", ArrayOf(Open(
                    Req("AccountId", Text(1, 40)),
                    Opt("OfferId", Text(1, 40)),
                    Opt("OfferType", OneOf("BalanceTransfer", "LimitIncrease", "MoneyTransfer", "Other", "PromotionalRate")),
                    Opt("Description", Text(1, 500)),
                    Opt("StartDateTime", IsoDateTime),
                    Opt("EndDateTime", IsoDateTime),
                    Opt("Rate", ProductRate),
                    Opt("Value", WholeNumber),
                    Opt("Term", Text(1, 500)),
                    Opt("URL", Text(1, 256)),
                    Opt("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
                    Opt("Fee", Ref("OBActiveOrHistoricCurrencyAndAmount"))))))),
            Opt("Links", Ref("Links")),
            Opt("Meta", Ref("Meta"))),
        ["FeeApplicableRange"] = Closed(
            Opt("MinimumAmount", ProductAmount),
            Opt("MaximumAmount", ProductAmount),
            Opt("MinimumRate", ProductRate),
            Opt("MaximumRate", ProductRate)),
        ["Links"] = Closed(
            Req("Self", AbsoluteUri),
            Opt("First", AbsoluteUri),
            Opt("Prev", AbsoluteUri),
            Opt("Next", AbsoluteUri),
            Opt("Last", AbsoluteUri)),
        ["Meta"] = Closed(Opt("TotalPages", WholeNumber), Opt("FirstAvailableDateTime", IsoDateTime), Opt("LastAvailableDateTime", IsoDateTime)),
        ["OBAccount6"] = Closed(
            Req("AccountId", Text(1, 40)),
            Opt("Status", Ref("OBAccountStatus1Code")),
            Opt("StatusUpdateDateTime", IsoDateTime),
            Opt("Currency", Currency),
            Opt("AccountType", Ref("OBExternalAccountType1Code")),
            Opt("AccountSubType", Ref("OBExternalAccountSubType1Code")),
            Opt("Description", Text(1, 35)),
            Opt("Nickname", Text(1, 70)),
            Opt("OpeningDate", IsoDateTime),
            Opt("MaturityDate", IsoDateTime),
            Opt("SwitchStatus", Ref("OBExternalSwitchStatusCode")),
            Opt("Account", ArrayOf(Ref("OBCashAccount5"))),
            Opt("Servicer", Ref("OBBranchAndFinancialInstitutionIdentification5"))),
        ["OBAccountStatus1Code"] = OneOf("Deleted", "Disabled", "Enabled", "Pending", "ProForma"),
        ["OBActiveOrHistoricCurrencyAndAmount"] = Open(Req("Amount", Amount), Req("Currency", Currency)),
        ["OBAddressTypeCode"] = OneOf("Business", "Correspondence", "DeliveryTo", "MailTo", "POBox", "Postal", "Residential", "Statement"),
        ["OBBalanceType1Code"] = OneOf("ClosingAvailable", "ClosingBooked", "ClosingCleared", "Expected", "ForwardAvailable", "Information", "InterimAvailable", "InterimBooked", "InterimCleared", "OpeningAvailable", "OpeningBooked", "OpeningCleared", "PreviouslyClosedBooked"),
        ["OBBankTransactionCodeStructure1"] = Open(Req("Code", Text()), Req("SubCode", Text())),
        ["OBBeneficiary5"] = Closed(
            Opt("AccountId", Text(1, 40)),
            Opt("BeneficiaryId", Text(1, 40)),
            Opt("BeneficiaryType", Ref("OBBeneficiaryType1Code")),
            Opt("Reference", Text(1, 35)),
            Opt("SupplementaryData", Ref("OBSupplementaryData1")),
            Opt("CreditorAgent", Ref("OBBranchAndFinancialInstitutionIdentification6")),
            Opt("CreditorAccount", Ref("OBCashAccount5"))),
        ["OBBeneficiaryType1Code"] = OneOf("Trusted", "Ordinary"),
        ["OBBranchAndFinancialInstitutionIdentification5"] = Open(Req("SchemeName", Ref("OBExternalFinancialInstitutionIdentification4Code")), Req("Identification", Text(1, 35))),
        ["OBBranchAndFinancialInstitutionIdentification6"] = Open(
            Opt("SchemeName", Ref("OBExternalFinancialInstitutionIdentification4Code")),
            Opt("Identification", Text(1, 35)),
            Opt("Name", Text(1, 140)),
            Opt("PostalAddress", Ref("OBPostalAddress6"))),
        ["OBCashAccount5"] = Open(
            Req("SchemeName", Ref("OBExternalAccountIdentification4Code")),
            Req("Identification", Text(1, 256)),
            Opt("Name", Text(1, 350)),
            Opt("SecondaryIdentification", Text(1, 34))),
        ["OBCashAccount6"] = Open(
            Opt("SchemeName", Ref("OBExternalAccountIdentification4Code")),
            Opt("Identification", Text(1, 256)),
            Opt("Name", Text(1, 350)),
            Opt("SecondaryIdentification", Text(1, 34))),
        ["OBCreditDebitCode"] = OneOf("Credit", "Debit"),
        ["OBCurrencyExchange5"] = Open(
            Req("SourceCurrency", Currency),
            Opt("TargetCurrency", Currency),
            Opt("UnitCurrency", Currency),
            Req("ExchangeRate", Number),
            Opt("ContractIdentification", Text(1, 35)),
            Opt("QuotationDate", IsoDateTime),
            Opt("InstructedAmount", Ref("OBActiveOrHistoricCurrencyAndAmount"))),
        ["OBEntryStatus1Code"] = OneOf("Booked", "Pending", "Rejected"),
        ["OBExternalAccountIdentification4Code"] = Namespaced("UK.OBIE.BBAN", "UK.OBIE.IBAN", "UK.OBIE.PAN", "UK.OBIE.Paym", "UK.OBIE.SortCodeAccountNumber", "UK.OBIE.Wallet"),
        ["OBExternalAccountRole1Code"] = Namespaced("UK.OBIE.Administrator", "UK.OBIE.Beneficiary", "UK.OBIE.CustodianForMinor", "UK.OBIE.Granter", "UK.OBIE.LegalGuardian", "UK.OBIE.OtherParty", "UK.OBIE.PowerOfAttorney", "UK.OBIE.Principal", "UK.OBIE.Protector", "UK.OBIE.RegisteredShareholderName", "UK.OBIE.SecondaryOwner", "UK.OBIE.SeniorManagingOfficial", "UK.OBIE.Settlor", "UK.OBIE.SuccessorOnDeath"),
        ["OBExternalAccountSubType1Code"] = OneOf("ChargeCard", "CreditCard", "CurrentAccount", "EMoney", "Loan", "Mortgage", "PrePaidCard", "Savings", "Wallet"),
        ["OBExternalAccountType1Code"] = OneOf("Business", "Personal"),
        ["OBExternalDirectDebitStatus1Code"] = OneOf("Active", "Inactive"),
        ["OBExternalFinancialInstitutionIdentification4Code"] = Namespaced("UK.OBIE.BICFI"),
        ["OBExternalLegalStructureType1Code"] = Namespaced("UK.OBIE.CIC", "UK.OBIE.CIO", "UK.OBIE.Charity", "UK.OBIE.CoOp", "UK.OBIE.GeneralPartnership", "UK.OBIE.Individual", "UK.OBIE.LimitedLiabilityPartnership", "UK.OBIE.LimitedPartnership", "UK.OBIE.PrivateLimitedCompany", "UK.OBIE.PublicLimitedCompany", "UK.OBIE.ScottishLimitedPartnership", "UK.OBIE.Sole"),
        ["OBExternalPartyType1Code"] = OneOf("Delegate", "Joint", "Sole"),
        ["OBExternalScheduleType1Code"] = OneOf("Arrival", "Execution"),
        ["OBExternalStandingOrderStatus1Code"] = OneOf("Active", "Inactive"),
        ["OBExternalStatementAmountType1Code"] = Namespaced("UK.OBIE.ArrearsClosingBalance", "UK.OBIE.AvailableBalance", "UK.OBIE.AverageBalanceWhenInCredit", "UK.OBIE.AverageBalanceWhenInDebit", "UK.OBIE.AverageDailyBalance", "UK.OBIE.BalanceTransferClosingBalance", "UK.OBIE.CashClosingBalance", "UK.OBIE.ClosingBalance", "UK.OBIE.CreditLimit", "UK.OBIE.CurrentPayment", "UK.OBIE.DirectDebitPaymentDue", "UK.OBIE.FSCSInsurance", "UK.OBIE.MinimumPaymentDue", "UK.OBIE.PendingTransactionsBalance", "UK.OBIE.PreviousClosingBalance", "UK.OBIE.PreviousPayment", "UK.OBIE.PurchaseClosingBalance", "UK.OBIE.StartingBalance", "UK.OBIE.TotalAdjustments", "UK.OBIE.TotalCashAdvances", "UK.OBIE.TotalCharges", "UK.OBIE.TotalCredits", "UK.OBIE.TotalDebits", "UK.OBIE.TotalPurchases"),
        ["OBExternalStatementBenefitType1Code"] = Namespaced("UK.OBIE.Cashback", "UK.OBIE.Insurance", "UK.OBIE.TravelDiscount", "UK.OBIE.TravelInsurance"),
        ["OBExternalStatementDateTimeType1Code"] = Namespaced("UK.OBIE.BalanceTransferPromoEnd", "UK.OBIE.DirectDebitDue", "UK.OBIE.LastPayment", "UK.OBIE.LastStatement", "UK.OBIE.NextStatement", "UK.OBIE.PaymentDue", "UK.OBIE.PurchasePromoEnd", "UK.OBIE.StatementAvailable"),
        ["OBExternalStatementFeeFrequency1Code"] = Namespaced("UK.OBIE.ChargingPeriod", "UK.OBIE.PerTransactionAmount", "UK.OBIE.PerTransactionPercentage", "UK.OBIE.Quarterly", "UK.OBIE.StatementMonthly", "UK.OBIE.Weekly"),
        ["OBExternalStatementFeeRateType1Code"] = Namespaced("UK.OBIE.AER", "UK.OBIE.EAR"),
        ["OBExternalStatementFeeType1Code"] = Namespaced("UK.OBIE.Annual", "UK.OBIE.BalanceTransfer", "UK.OBIE.CashAdvance", "UK.OBIE.CashTransaction", "UK.OBIE.ForeignCashTransaction", "UK.OBIE.ForeignTransaction", "UK.OBIE.Gambling", "UK.OBIE.LatePayment", "UK.OBIE.MoneyTransfer", "UK.OBIE.Monthly", "UK.OBIE.Overlimit", "UK.OBIE.PostalOrder", "UK.OBIE.PrizeEntry", "UK.OBIE.StatementCopy", "UK.OBIE.Total"),
        ["OBExternalStatementInterestFrequency1Code"] = Namespaced("UK.OBIE.Daily", "UK.OBIE.HalfYearly", "UK.OBIE.Monthly", "UK.OBIE.PerStatementDate", "UK.OBIE.Quarterly", "UK.OBIE.Weekly", "UK.OBIE.Yearly"),
        ["OBExternalStatementInterestRateType1Code"] = Namespaced("UK.OBIE.BOEBaseRate", "UK.OBIE.FixedRate", "UK.OBIE.Gross", "UK.OBIE.LoanProviderBaseRate", "UK.OBIE.Net"),
        ["OBExternalStatementInterestType1Code"] = Namespaced("UK.OBIE.BalanceTransfer", "UK.OBIE.Cash", "UK.OBIE.EstimatedNext", "UK.OBIE.Purchase", "UK.OBIE.Total"),
        ["OBExternalStatementRateType1Code"] = Namespaced("UK.OBIE.AnnualBalanceTransfer", "UK.OBIE.AnnualBalanceTransferAfterPromo", "UK.OBIE.AnnualBalanceTransferPromo", "UK.OBIE.AnnualCash", "UK.OBIE.AnnualPurchase", "UK.OBIE.AnnualPurchaseAfterPromo", "UK.OBIE.AnnualPurchasePromo", "UK.OBIE.MonthlyBalanceTransfer", "UK.OBIE.MonthlyCash", "UK.OBIE.MonthlyPurchase"),
        ["OBExternalStatementType1Code"] = OneOf("AccountClosure", "AccountOpening", "Annual", "Interim", "RegularPeriodic"),
        ["OBExternalStatementValueType1Code"] = Namespaced("UK.OBIE.AirMilesPoints", "UK.OBIE.AirMilesPointsBalance", "UK.OBIE.Credits", "UK.OBIE.Debits", "UK.OBIE.HotelPoints", "UK.OBIE.HotelPointsBalance", "UK.OBIE.RetailShoppingPoints", "UK.OBIE.RetailShoppingPointsBalance"),
        ["OBExternalSwitchStatusCode"] = Namespaced("UK.CASS.NotSwitched", "UK.CASS.SwitchCompleted"),
        ["OBMerchantDetails1"] = Open(Opt("MerchantName", Text(1, 350)), Opt("MerchantCategoryCode", Text(3, 4))),
        ["OBParty2"] = Closed(
            Req("PartyId", Text(1, 40)),
            Opt("PartyNumber", Text(1, 35)),
            Opt("PartyType", Ref("OBExternalPartyType1Code")),
            Opt("Name", Text(1, 350)),
            Opt("FullLegalName", Text(1, 350)),
            Opt("LegalStructure", Ref("OBExternalLegalStructureType1Code")),
            Opt("BeneficialOwnership", Bool),
            Opt("AccountRole", Ref("OBExternalAccountRole1Code")),
            Opt("EmailAddress", Text(1, 256)),
            Opt("Phone", PhoneNumber),
            Opt("Mobile", PhoneNumber),
            Opt("Relationships", Ref("OBPartyRelationships1")),
            Opt("Address", ArrayOf(Open(
                Opt("AddressType", Ref("OBAddressTypeCode")),
                Opt("AddressLine", ArrayOf(Text(1, 70), max: 5)),
                Opt("StreetName", Text(1, 70)),
                Opt("BuildingNumber", Text(1, 16)),
                Opt("PostCode", Text(1, 16)),
                Opt("TownName", Text(1, 35)),
                Opt("CountrySubDivision", Text(1, 35)),
                Req("Country", Country))))),
        ["OBPartyRelationships1"] = Open(Opt("Account", Open(Req("Related", AbsoluteUri), Req("Id", Text(1, 40))))),
        ["OBPostalAddress6"] = Open(
            Opt("AddressType", Ref("OBAddressTypeCode")),
            Opt("Department", Text(1, 70)),
            Opt("SubDepartment", Text(1, 70)),
            Opt("StreetName", Text(1, 70)),
            Opt("BuildingNumber", Text(1, 16)),
            Opt("PostCode", Text(1, 16)),
            Opt("TownName", Text(1, 35)),
            Opt("CountrySubDivision", Text(1, 35)),
            Opt("Country", Country),
            Opt("AddressLine", ArrayOf(Text(1, 70), max: 7))),
        ["OBReadDataStatement2"] = Closed(Opt("Statement", ArrayOf(Ref("OBStatement2")))),
        ["OBReadDataTransaction6"] = Closed(Opt("Transaction", ArrayOf(Ref("OBTransaction6")))),
        ["OBRisk2"] = Closed(),
        ["OBScheduledPayment3"] = Closed(
            Req("AccountId", Text(1, 40)),
            Opt("ScheduledPaymentId", Text(1, 40)),
            Req("ScheduledPaymentDateTime", IsoDateTime),
            Req("ScheduledType", Ref("OBExternalScheduleType1Code")),
            Opt("Reference", Text(1, 35)),
            Opt("DebtorReference", Text(1, 35)),
            Req("InstructedAmount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("CreditorAgent", Ref("OBBranchAndFinancialInstitutionIdentification5")),
            Opt("CreditorAccount", Ref("OBCashAccount5"))),
        ["OBStandingOrder6"] = Closed(
            Req("AccountId", Text(1, 40)),
            Opt("StandingOrderId", Text(1, 40)),
            Req("Frequency", Pattern(@"^(NotKnown)$|^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlDay:((0[2-9])|([1-2][0-9])|3[0-1]))$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$")),
            Opt("Reference", Text(1, 35)),
            Opt("FirstPaymentDateTime", IsoDateTime),
            Opt("NextPaymentDateTime", IsoDateTime),
            Opt("LastPaymentDateTime", IsoDateTime),
            Opt("FinalPaymentDateTime", IsoDateTime),
            Opt("NumberOfPayments", Text(1, 35)),
            Opt("StandingOrderStatusCode", Ref("OBExternalStandingOrderStatus1Code")),
            Opt("FirstPaymentAmount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("NextPaymentAmount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("LastPaymentAmount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("FinalPaymentAmount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("CreditorAgent", Ref("OBBranchAndFinancialInstitutionIdentification5")),
            Opt("CreditorAccount", Ref("OBCashAccount5")),
            Opt("SupplementaryData", Ref("OBSupplementaryData1"))),
        ["OBStatement2"] = Closed(
            Req("AccountId", Text(1, 40)),
            Opt("StatementId", Text(1, 40)),
            Opt("StatementReference", Text(1, 35)),
            Req("Type", Ref("OBExternalStatementType1Code")),
            Req("StartDateTime", IsoDateTime),
            Req("EndDateTime", IsoDateTime),
            Req("CreationDateTime", IsoDateTime),
            Opt("StatementDescription", ArrayOf(Text(1, 500))),
            Opt("StatementBenefit", ArrayOf(Open(
                Req("Type", Ref("OBExternalStatementBenefitType1Code")),
                Req("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount"))))),
            Opt("StatementFee", ArrayOf(Open(
                Opt("Description", Text(1, 128)),
                Req("CreditDebitIndicator", Ref("OBCreditDebitCode")),
                Req("Type", Ref("OBExternalStatementFeeType1Code")),
                Opt("Rate", Number),
                Opt("RateType", Ref("OBExternalStatementFeeRateType1Code")),
                Opt("Frequency", Ref("OBExternalStatementFeeFrequency1Code")),
                Req("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount"))))),
            Opt("StatementInterest", ArrayOf(Open(
                Opt("Description", Text(1, 128)),
                Req("CreditDebitIndicator", Ref("OBCreditDebitCode")),
                Req("Type", Ref("OBExternalStatementInterestType1Code")),
                Opt("Rate", Number),
                Opt("RateType", Ref("OBExternalStatementInterestRateType1Code")),
                Opt("Frequency", Ref("OBExternalStatementInterestFrequency1Code")),
                Req("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount"))))),
            Opt("StatementAmount", ArrayOf(Open(
                Req("CreditDebitIndicator", Ref("OBCreditDebitCode")),
                Req("Type", Ref("OBExternalStatementAmountType1Code")),
                Req("Amount", Ref("OBAmountWithSubType")),
                Opt("LocalAmount", Ref("OBAmountWithSubType"))))),
            Opt("StatementDateTime", ArrayOf(Open(Req("DateTime", IsoDateTime), Req("Type", Ref("OBExternalStatementDateTimeType1Code"))))),
            Opt("StatementRate", ArrayOf(Open(Req("Rate", ProductRate), Req("Type", Ref("OBExternalStatementRateType1Code"))))),
            Opt("StatementValue", ArrayOf(Open(Req("Value", Text(1, 40)), Req("Type", Ref("OBExternalStatementValueType1Code"))))),
            Opt("TotalValue", Ref("OBActiveOrHistoricCurrencyAndAmount"))),
        ["OBSupplementaryData1"] = Open(),
        ["OBTransaction6"] = Closed(
            Req("AccountId", Text(1, 40)),
            Opt("TransactionId", Text(1, 210)),
            Opt("TransactionReference", Text(1, 210)),
            Opt("StatementReference", ArrayOf(Text(1, 35))),
            Req("CreditDebitIndicator", Ref("OBCreditDebitCode")),
            Req("Status", Ref("OBEntryStatus1Code")),
            Opt("TransactionMutability", Ref("OBTransactionMutability1Code")),
            Req("BookingDateTime", IsoDateTime),
            Opt("ValueDateTime", IsoDateTime),
            Opt("TransactionInformation", Text(1, 500)),
            Opt("AddressLine", Text(1, 70)),
            Req("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("ChargeAmount", Ref("OBActiveOrHistoricCurrencyAndAmount")),
            Opt("CurrencyExchange", Ref("OBCurrencyExchange5")),
            Opt("BankTransactionCode", Ref("OBBankTransactionCodeStructure1")),
            Opt("ProprietaryBankTransactionCode", Ref("ProprietaryBankTransactionCodeStructure1")),
            Opt("Balance", Ref("OBTransactionCashBalance")),
            Opt("MerchantDetails", Ref("OBMerchantDetails1")),
            Opt("CreditorAgent", Ref("OBBranchAndFinancialInstitutionIdentification6")),
            Opt("CreditorAccount", Ref("OBCashAccount6")),
            Opt("DebtorAgent", Ref("OBBranchAndFinancialInstitutionIdentification6")),
            Opt("DebtorAccount", Ref("OBCashAccount6")),
            Opt("CardInstrument", Ref("OBTransactionCardInstrument1")),
            Opt("SupplementaryData", Ref("OBSupplementaryData1"))),
        ["OBTransactionCardInstrument1"] = Closed(
            Req("CardSchemeName", OneOf("AmericanExpress", "Diners", "Discover", "MasterCard", "VISA")),
            Opt("AuthorisationType", OneOf("ConsumerDevice", "Contactless", "None", "PIN")),
            Opt("Name", Text(1, 70)),
            Opt("Identification", Text(1, 34))),
        ["OBTransactionCashBalance"] = Closed(
            Req("CreditDebitIndicator", Ref("OBCreditDebitCode")),
            Req("Type", Ref("OBBalanceType1Code")),
            Req("Amount", Ref("OBActiveOrHistoricCurrencyAndAmount"))),
        ["OBTransactionMutability1Code"] = OneOf("Mutable", "Immutable"),
        ["ProprietaryBankTransactionCodeStructure1"] = Closed(Req("Code", Text(1, 35)), Opt("Issuer", Text(1, 35))),
        ["OBAmountWithSubType"] = Open(Req("Amount", Amount), Req("Currency", Currency), Opt("SubType", OneOf("BaseCurrency", "LocalCurrency"))),
    };
}
