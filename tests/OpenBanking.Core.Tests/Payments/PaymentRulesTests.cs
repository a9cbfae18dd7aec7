using NUnit.Framework;
using OpenBanking.Core.Payments;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>The pure rules the validation is made of: account schemes, IBAN check digits, currencies, standing order frequencies.</summary>
public class PaymentRulesTests
{
    [TestCase("GB82WEST12345698765432")]
    [TestCase("DE89370400440532013000")]
    [TestCase("FR1420041010050500013M02606")]
    [TestCase("NL91ABNA0417164300")]
    [TestCase("MT84MALT011000012345MTLCAST001S")]
    public void An_iban_with_right_check_digits_is_an_iban(string iban) =>
        Assert.That(AccountSchemes.IsIban(iban), Is.True);

    [TestCase("GB82WEST12345698765433", "check digits are wrong")]
    [TestCase("GB28WEST12345698765432", "check digits are wrong")]
    [TestCase("gb82west12345698765432", "a country code, two check digits")]
    [TestCase("GB82 WEST 1234 5698 7654 32", "without spaces")]
    [TestCase("GB82WEST1234", "11 to 30 letters or digits")]
    [TestCase("1282WEST12345698765432", "a country code")]
    public void An_iban_that_is_not_one_says_why(string iban, string why) =>
        Assert.That(AccountSchemes.Problem(AccountSchemes.Iban, iban), Does.Contain(why));

    [TestCase(AccountSchemes.SortCodeAccountNumber, "12345612345678", true)]
    [TestCase(AccountSchemes.SortCodeAccountNumber, "1234561234567", false)]
    [TestCase(AccountSchemes.SortCodeAccountNumber, "123456123456789", false)]
    [TestCase(AccountSchemes.SortCodeAccountNumber, "12-34-5612345678", false)]
    [TestCase(AccountSchemes.Pan, "5409050000000000", true)]
    [TestCase(AccountSchemes.Pan, "1234567", false)]
    [TestCase(AccountSchemes.Pan, "12345678901234567890", false)]
    [TestCase(AccountSchemes.Bban, "anything goes", true)]
    [TestCase("GB.Bank.Own", "anything goes", true)]
    public void An_identification_is_checked_against_its_scheme(string scheme, string identification, bool valid) =>
        Assert.That(AccountSchemes.Problem(scheme, identification) is null, Is.EqualTo(valid));

    [Test]
    public void Account_factories_write_the_electronic_form()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PaymentAccount.SortCodeAccountNumber("12-34-56", "1234 5678", "A Person"),
                Is.EqualTo(new PaymentAccount(AccountSchemes.SortCodeAccountNumber, "12345612345678", "A Person")));
            Assert.That(PaymentAccount.Iban("gb82 west 1234 5698 7654 32"), Is.EqualTo(new PaymentAccount(AccountSchemes.Iban, "GB82WEST12345698765432")));
            Assert.That(PaymentAccount.Pan("5409 0500-0000 0000"), Is.EqualTo(new PaymentAccount(AccountSchemes.Pan, "5409050000000000")));
        });
    }

    [TestCase("GBP", null)]
    [TestCase("EUR", null)]
    [TestCase("JPY", null)]
    [TestCase("XXX", "not an ISO 4217 currency code")]
    [TestCase("ABC", "not an ISO 4217 currency code")]
    [TestCase("Gbp", "three upper-case letters")]
    [TestCase("GBPX", "three upper-case letters")]
    [TestCase("", "three upper-case letters")]
    public void A_currency_code_is_three_letters_in_the_iso_4217_table(string code, string? problem) =>
        Assert.That(CurrencyCodes.Problem(code), problem is null ? Is.Null : Does.Contain(problem));

    [TestCase("EvryDay")]
    [TestCase("EvryWorkgDay")]
    [TestCase("IntrvlDay:02")]
    [TestCase("IntrvlDay:15")]
    [TestCase("IntrvlDay:31")]
    [TestCase("IntrvlWkDay:01:07")]
    [TestCase("IntrvlWkDay:09:01")]
    [TestCase("WkInMnthDay:05:01")]
    [TestCase("IntrvlMnthDay:01:-01")]
    [TestCase("IntrvlMnthDay:06:-05")]
    [TestCase("IntrvlMnthDay:12:31")]
    [TestCase("IntrvlMnthDay:24:15")]
    [TestCase("QtrDay:ENGLISH")]
    [TestCase("QtrDay:SCOTTISH")]
    [TestCase("QtrDay:RECEIVED")]
    public void A_frequency_of_the_spec_pattern_is_valid(string frequency) =>
        Assert.That(StandingOrderFrequency.IsValid(frequency), Is.True);

    [TestCase("")]
    [TestCase("evryday")]
    [TestCase("EvryDay ")]
    [TestCase("EvryDay\n")]
    [TestCase("IntrvlDay:01")]
    [TestCase("IntrvlDay:32")]
    [TestCase("IntrvlDay:7")]
    [TestCase("IntrvlWkDay:00:01")]
    [TestCase("IntrvlWkDay:10:01")]
    [TestCase("IntrvlWkDay:01:08")]
    [TestCase("IntrvlWkDay:01:00")]
    [TestCase("WkInMnthDay:06:01")]
    [TestCase("IntrvlMnthDay:07:01")]
    [TestCase("IntrvlMnthDay:11:01")]
    [TestCase("IntrvlMnthDay:01:-06")]
    [TestCase("IntrvlMnthDay:01:00")]
    [TestCase("IntrvlMnthDay:01:32")]
    [TestCase("QtrDay:english")]
    [TestCase("QtrDay:")]
    [TestCase("EvryDayEvryDay")]
    public void A_frequency_the_spec_pattern_refuses_is_invalid(string frequency) =>
        Assert.That(StandingOrderFrequency.IsValid(frequency), Is.False);

    [Test]
    public void Frequency_factories_write_the_spec_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StandingOrderFrequency.IntervalDay(7), Is.EqualTo("IntrvlDay:07"));
            Assert.That(StandingOrderFrequency.IntervalWeekDay(2, DayOfWeek.Monday), Is.EqualTo("IntrvlWkDay:02:01"));
            Assert.That(StandingOrderFrequency.IntervalWeekDay(1, DayOfWeek.Sunday), Is.EqualTo("IntrvlWkDay:01:07"));
            Assert.That(StandingOrderFrequency.WeekInMonthDay(1, DayOfWeek.Friday), Is.EqualTo("WkInMnthDay:01:05"));
            Assert.That(StandingOrderFrequency.IntervalMonthDay(1, -1), Is.EqualTo("IntrvlMnthDay:01:-01"));
            Assert.That(StandingOrderFrequency.IntervalMonthDay(12, 25), Is.EqualTo("IntrvlMnthDay:12:25"));
            Assert.That(StandingOrderFrequency.IsValid(StandingOrderFrequency.IntervalDay(1)), Is.False);
        });
    }
}
