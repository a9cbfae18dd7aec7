using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Schemas;
using OpenBanking.Conformance.Specs;
using OpenBanking.Conformance.Tests.Support;
using static OpenBanking.Conformance.Tests.Support.JsonEdit;

namespace OpenBanking.Conformance.Tests.Schemas;

public class SchemaValidationTests
{
    private const string Root = "$.response.body";

    private static readonly SchemaSet Schemas = SpecDocuments.AccountInformation.Schemas;

    private static IEnumerable<string> SchemaNames => SpecBodies.All.Keys;

    [TestCaseSource(nameof(SchemaNames))]
    public void A_spec_shaped_body_is_valid_and_has_no_unknown_members(string schema)
    {
        var body = SpecBodies.Body(schema);

        Assert.Multiple(() =>
        {
            Assert.That(Schemas.Validate(schema, body, Root), Is.Empty);
            Assert.That(Schemas.UnknownMembers(schema, body, Root), Is.Empty);
        });
    }

    [Test]
    public void Every_account_information_response_schema_the_spec_names_is_defined_and_has_a_spec_shaped_body()
    {
        var named = SpecOperations.All.Where(o => o.Api == "aisp" && o.ResponseSchema is not null).Select(o => o.ResponseSchema!).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(named, Has.Count.EqualTo(13), string.Join(", ", named));
            Assert.That(named.Where(name => !Schemas.Defines(name)), Is.Empty, "response schemas without a definition");
            Assert.That(named.Append("OBErrorResponse1").Where(name => !SpecBodies.All.ContainsKey(name)), Is.Empty, "schemas without a test body");
        });
    }

    [Test]
    public void Every_body_schema_every_document_names_is_one_its_schemas_define()
    {
        var missing = SpecOperations.All
            .SelectMany(o => o.ResponseSchemas.Values.Append(o.RequestSchema).OfType<string>().Select(name => (Operation: o, Name: name)))
            .Where(x => !SpecDocuments.Of(x.Operation).Schemas.Defines(x.Name))
            .Select(x => $"{x.Operation.Document}: {x.Operation} names {x.Name}");

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_schema_of_every_document_resolves_its_references_and_patterns_and_judges_a_value()
    {
        var problems = new List<string>();
        var judged = 0;
        var defined = SpecDocuments.All.Sum(d => d.Schemas.Names.Count());
        foreach (var document in SpecDocuments.All)
        {
            foreach (var name in document.Schemas.Names)
            {
                try
                {
                    // An empty object is wrong for most of them: what matters is that judging it needs every reference and pattern.
                    _ = document.Schemas.Validate(name, new JsonObject(), Root);
                    judged++;
                }
                catch (Exception e) when (e is not AssertionException)
                {
                    problems.Add($"{document.Id}: {name}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(judged, Is.EqualTo(defined));
            Assert.That(defined, Is.GreaterThan(300), "the six documents define several hundred schemas between them");
        });
    }

    [TestCase("OBReadAccount6", "Data.Account[0].AccountId", Remove, "Data.Account[0].AccountId", "AccountId is required and missing")]
    [TestCase("OBReadConsentResponse1", "Risk", Remove, "Risk", "Risk is required and missing")]
    [TestCase("OBReadTransaction6", "Data.Transaction[1].Amount", Remove, "Data.Transaction[1].Amount", "Amount is required and missing")]
    [TestCase("OBReadAccount6", "Data.Account[0].AccountType", "\"Corporate\"", "Data.Account[0].AccountType", "'Corporate' is not one of Business, Personal")]
    [TestCase("OBReadBalance1", "Data.Balance[1].Type", "\"Closing\"", "Data.Balance[1].Type", "'Closing' is not one of ClosingAvailable, ClosingBooked")]
    [TestCase("OBReadBalance1", "Data.Balance[0].CreditDebitIndicator", "\"CR\"", "Data.Balance[0].CreditDebitIndicator", "'CR' is not one of Credit, Debit")]
    [TestCase("OBReadConsentResponse1", "Data.Permissions[1]", "\"ReadEverything\"", "Data.Permissions[1]", "'ReadEverything' is not one of ReadAccountsBasic")]
    [TestCase("OBReadConsentResponse1", "Data.Status", "\"Consumed\"", "Data.Status", "'Consumed' is not one of Authorised, AwaitingAuthorisation, Rejected, Revoked")]
    [TestCase("OBReadBalance1", "Data.Balance[0].Amount.Amount", "\"12.345678\"", "Data.Balance[0].Amount.Amount", "'12.345678' is not an amount")]
    [TestCase("OBReadBalance1", "Data.Balance[0].Amount.Amount", "\"-57.36\"", "Data.Balance[0].Amount.Amount", "'-57.36' is not an amount")]
    [TestCase("OBReadTransaction6", "Data.Transaction[0].Amount.Amount", "\"1,000.00\"", "Data.Transaction[0].Amount.Amount", "'1,000.00' is not an amount")]
    [TestCase("OBReadBalance1", "Data.Balance[0].Amount.Amount", "1230.00", "Data.Balance[0].Amount.Amount", "is the number 1230.00, expected a string")]
    [TestCase("OBReadAccount6", "Data.Account[0].Currency", "\"gbp\"", "Data.Account[0].Currency", "'gbp' is not an ISO 4217 currency code")]
    [TestCase("OBReadBalance1", "Data.Balance[0].DateTime", "\"2026-11-23\"", "Data.Balance[0].DateTime", "'2026-11-23' is not an ISO 8601 date-time with a time zone")]
    [TestCase("OBReadBalance1", "Data.Balance[0].DateTime", "\"2026-11-23T10:43:07\"", "Data.Balance[0].DateTime", "is not an ISO 8601 date-time with a time zone")]
    [TestCase("OBReadBalance1", "Data.Balance[0].DateTime", "\"2026-13-23T10:43:07Z\"", "Data.Balance[0].DateTime", "is not an ISO 8601 date-time with a time zone")]
    [TestCase("OBReadAccount6", "Data.Account[0].OpeningDate", "\"01-05-2002\"", "Data.Account[0].OpeningDate", "'01-05-2002' is not an ISO 8601 date-time")]
    [TestCase("OBReadBalance1", "Data.Balance", "[]", "Data.Balance", "has 0 items; the spec requires at least 1")]
    [TestCase("OBErrorResponse1", "Errors", "[]", "Errors", "has 0 items; the spec requires at least 1")]
    [TestCase("OBReadParty2", "Data.Party.Address[0].AddressLine", """["1", "2", "3", "4", "5", "6"]""", "Data.Party.Address[0].AddressLine", "has 6 items; the spec allows at most 5")]
    [TestCase("OBReadAccount6", "Data.Account[0].Nickname", "\"\"", "Data.Account[0].Nickname", "is empty; the spec requires at least 1 character")]
    [TestCase("OBReadAccount6", "Data.Account[0].Description", "\"A current account with a very long name\"", "Data.Account[0].Description", "has 39 characters; the spec allows at most 35")]
    [TestCase("OBReadAccount6", "Data.Account[0].Account[0].SchemeName", "\"SortCodeAccountNumber\"", "Data.Account[0].Account[0].SchemeName", "'SortCodeAccountNumber' is not namespaced")]
    [TestCase("OBReadAccount6", "Data.Account[0].Account[0].SchemeName", "\"UK.OBIE.SortCode\"", "Data.Account[0].Account[0].SchemeName", "'UK.OBIE.SortCode' is not a value the spec defines in the UK.OBIE namespace")]
    [TestCase("OBErrorResponse1", "Errors[0].ErrorCode", "\"UK.OBIE.Field.Wrong\"", "Errors[0].ErrorCode", "is not a value the spec defines in the UK.OBIE namespace")]
    [TestCase("OBReadStandingOrder6", "Data.StandingOrder[0].Frequency", "\"Monthly\"", "Data.StandingOrder[0].Frequency", "'Monthly' does not match ^(NotKnown)$|^(EvryDay)$")]
    [TestCase("OBReadParty3", "Data.Party[0].Phone", "\"02079460000\"", "Data.Party[0].Phone", "'02079460000' is not a phone number")]
    [TestCase("OBReadTransaction6", "Links.Self", "\"/open-banking/v3.1/aisp/transactions\"", "Links.Self", "is not an absolute URI")]
    [TestCase("OBReadTransaction6", "Meta.TotalPages", "1.5", "Meta.TotalPages", "is the number 1.5, expected a whole number")]
    [TestCase("OBReadTransaction6", "Meta.TotalPages", "\"1\"", "Meta.TotalPages", "is the string '1', expected a whole number")]
    [TestCase("OBReadTransaction6", "Data.Transaction[0].CurrencyExchange.ExchangeRate", "\"0.8567\"", "Data.Transaction[0].CurrencyExchange.ExchangeRate", "expected a number")]
    [TestCase("OBReadBalance1", "Data.Balance[0].CreditLine[0].Included", "\"true\"", "Data.Balance[0].CreditLine[0].Included", "is the string 'true', expected true or false")]
    [TestCase("OBReadAccount6", "Data", "null", "Data", "is null, expected an object")]
    [TestCase("OBReadAccount6", "Data.Account", "{}", "Data.Account", "is an object, expected an array")]
    [TestCase("OBReadAccount6", "Data.Account[0].Nickname", "null", "Data.Account[0].Nickname", "is null, expected a string")]
    [TestCase("OBReadProduct2", "Data.Product[0].PCA.CreditInterest.TierBandSet[0].TierBand[0].AER", "\"1.55555\"", "Data.Product[0].PCA.CreditInterest.TierBandSet[0].TierBand[0].AER", "is not a rate")]
    [TestCase("OBReadProduct2", "Data.Product[1].OtherProductType.ProductDetails.FeeFreeLengthPeriod", "\"Month\"", "Data.Product[1].OtherProductType.ProductDetails.FeeFreeLengthPeriod", "'Month' is not one of PACT")]
    [TestCase("OBReadStatement2", "Data.Statement[0].StatementAmount[0].Type", "\"UK.OBIE.Closing\"", "Data.Statement[0].StatementAmount[0].Type", "in the UK.OBIE namespace")]
    public void A_fault_is_reported_at_its_path(string schema, string change, string json, string path, string detail)
    {
        var body = Set(SpecBodies.Body(schema), change, json);

        var findings = Schemas.Validate(schema, body, Root);

        Assert.That(findings.Select(f => (f.Path, Contains: f.Detail.Contains(detail, StringComparison.Ordinal))), Is.EqualTo(new[] { ($"{Root}.{path}", true) }),
            string.Join("; ", findings.Select(f => $"{f.Path}: {f.Detail}")));
    }

    [TestCase("OBReadAccount6", "Data.Account[0].Account[0].SchemeName", "\"UK.AlphaBank.CustomerNumber\"")]
    [TestCase("OBReadTransaction6", "Meta.TotalPages", "2.0")]
    [TestCase("OBReadBalance1", "Data.Balance[0].DateTime", "\"2026-11-23t10:43:07.1234567z\"")]
    [TestCase("OBReadBalance1", "Data.Balance[0].Amount.Amount", "\"1234567890123.12345\"")]
    [TestCase("OBReadAccount6", "Data.Account[0].Nickname", "\"Ünïcödé 🎂\"")]
    public void What_the_spec_allows_is_accepted(string schema, string change, string json) =>
        Assert.That(Schemas.Validate(schema, Set(SpecBodies.Body(schema), change, json), Root), Is.Empty);

    [Test]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var body = SpecBodies.Body("OBReadBalance1");
        Set(body, "Data.Balance[0].Amount.Currency", "\"pounds\"");
        Set(body, "Data.Balance[1].AccountId", Remove);
        Set(body, "Links.Self", "42");

        var paths = Schemas.Validate("OBReadBalance1", body, Root).Select(f => f.Path);

        Assert.That(paths, Is.EquivalentTo(new[] { $"{Root}.Data.Balance[0].Amount.Currency", $"{Root}.Data.Balance[1].AccountId", $"{Root}.Links.Self" }));
    }

    [Test]
    public void A_body_that_is_not_an_object_is_one_finding_at_the_root() =>
        Assert.That(Schemas.Validate("OBReadAccount6", JsonValue.Create("<html>"), Root),
            Is.EqualTo(new[] { new OpenBanking.Conformance.Rules.Finding(Root, "is the string '<html>', expected an object") }));

    [Test]
    public void Members_the_spec_does_not_define_are_tolerated_by_validation_and_listed_where_the_spec_closes_the_object()
    {
        var body = SpecBodies.Body("OBReadAccount6");
        Set(body, "Data.Account[0].Colour", "\"blue\"");
        Set(body, "Data.Account[0].Account[0].Bank-Code", "\"x\"");
        Set(body, "Data.Extra", "1");
        Set(body, "Meta.Page 2", "2");

        Assert.Multiple(() =>
        {
            Assert.That(Schemas.Validate("OBReadAccount6", body, Root), Is.Empty);
            Assert.That(Schemas.UnknownMembers("OBReadAccount6", body, Root).Select(f => f.Path),
                Is.EquivalentTo(new[] { $"{Root}.Data.Account[0].Colour", $"{Root}.Meta['Page 2']" }),
                "OBAccount6 and Meta are closed; Data and OBCashAccount5 are open");
        });
    }

    [Test]
    public void Long_values_are_cut_short_in_findings()
    {
        var body = Set(SpecBodies.Body("OBReadAccount6"), "Data.Account[0].Nickname", $"\"{new string('n', 200)}\"");

        var detail = Schemas.Validate("OBReadAccount6", body, Root).Single().Detail;

        Assert.That(detail, Does.StartWith($"'{new string('n', 57)}…' has 200 characters"));
    }

    [Test]
    public void A_reference_to_nothing_is_a_mistake_in_the_schemas_not_in_the_json()
    {
        var document = new JsonObject
        {
            ["$id"] = "https://openbanking-fx.invalid/tests/broken",
            ["$defs"] = new JsonObject { ["A"] = new JsonObject { ["$ref"] = "#/$defs/B" } },
        };

        Assert.That(() => new SchemaSet("broken", document).Validate("A", JsonValue.Create(1), Root), Throws.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public void A_schema_the_set_does_not_define_is_a_mistake_in_the_caller() =>
        Assert.That(() => Schemas.Validate("OBReadNothing1", new JsonObject(), Root), Throws.ArgumentException.With.Message.Contains("OBReadNothing1"));
}
