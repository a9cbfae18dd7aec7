using OpenBanking.Core.Api;
using System.Text;
using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Accounts;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Flows;

/// <summary>Every AIS read of <see cref="AccountInformationClient"/>, against a scripted bank (<see cref="Answer"/>) that answers each path with a spec-shaped body.</summary>
public class ResourceClientTests
{
    private const string Aisp = "/open-banking/v3.1/aisp";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%statement 8001\n%%EOF\n");

    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["/beneficiaries"] = ResourceBodies.BeneficiariesBody,
        ["/accounts/22289/beneficiaries"] = ResourceBodies.BeneficiariesBody,
        ["/direct-debits"] = ResourceBodies.DirectDebitsBody,
        ["/accounts/22289/direct-debits"] = ResourceBodies.DirectDebitsBody,
        ["/standing-orders"] = ResourceBodies.StandingOrdersBody,
        ["/accounts/22289/standing-orders"] = ResourceBodies.StandingOrdersBody,
        ["/scheduled-payments"] = ResourceBodies.ScheduledPaymentsBody,
        ["/accounts/22289/scheduled-payments"] = ResourceBodies.ScheduledPaymentsBody,
        ["/offers"] = ResourceBodies.OffersBody,
        ["/accounts/22289/offers"] = ResourceBodies.OffersBody,
        ["/products"] = ResourceBodies.ProductsBody,
        ["/accounts/22289/product"] = ResourceBodies.ProductsBody,
        ["/party"] = ResourceBodies.PartyBody,
        ["/accounts/22289/party"] = ResourceBodies.PartyBody,
        ["/accounts/22289/parties"] = ResourceBodies.PartiesBody,
        ["/statements"] = ResourceBodies.StatementsBody,
        ["/accounts/22289/statements"] = ResourceBodies.StatementsBody,
        ["/accounts/22289/statements/8001"] = ResourceBodies.StatementsBody,
        ["/accounts/22289/statements/8001/transactions"] = """{"Data":{"Transaction":[{"AccountId":"22289","StatementReference":["001"],"Amount":{"Amount":"5.00","Currency":"GBP"},"CreditDebitIndicator":"Debit","Status":"Booked","BookingDateTime":"2017-08-03T00:00:00+00:00"}]},"Links":{"Self":"x"}}""",
        ["/accounts/22289/balances"] = """{"Data":{"Balance":[{"AccountId":"22289","Amount":{"Amount":"1.00","Currency":"GBP"},"CreditDebitIndicator":"Credit","Type":"Expected","DateTime":"2017-08-03T00:00:00+00:00"}]}}""",
    };

    internal static Either<OpenBankingError, HttpResponseSpec> Answer(HttpRequestSpec request)
    {
        var path = request.Uri.AbsolutePath[Aisp.Length..];
        if (path == "/accounts/22289/statements/8001/file")
        {
            return new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "application/pdf"), KeyValuePair.Create("Content-Disposition", "attachment; filename=\"statement-8001.pdf\"")], Pdf);
        }

        return Bodies.TryGetValue(path, out var body) ? ScriptedBank.Json(200, body) : ScriptedBank.Json(404, "");
    }

    private static (AccountInformationClient Client, ScriptedBank Bank) Client(Func<HttpRequestSpec, Either<OpenBankingError, HttpResponseSpec>>? answer = null)
    {
        var bank = new ScriptedBank(answer ?? Answer);
        return (new AccountInformationClient(TestConfig.Valid(), bank, new FakeTimeProvider(), IdSource.Sequential()), bank);
    }

    [Test]
    public async Task Every_read_goes_to_its_path_and_comes_back_typed()
    {
        var (client, bank) = Client();

        var counts = new[]
        {
            (await client.Send("t", AccountInformation.Beneficiaries()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Beneficiaries("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.DirectDebits()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.DirectDebits("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.StandingOrders()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.StandingOrders("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.ScheduledPayments()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.ScheduledPayments("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Offers()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Offers("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Products()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Products("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Party()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Party("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Parties("22289")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Statements()).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Statements(new StatementQuery("22289"))).Right()).Items.Count,
            (await client.Send("t", AccountInformation.StatementTransactions("22289", "8001")).Right()).Items.Count,
            (await client.Send("t", AccountInformation.Balances("22289")).Right()).Items.Count,
        };

        Assert.That(counts, Is.EqualTo(new[] { 2, 2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 2, 2, 2, 1, 1 }));
        Assert.That(bank.Requests.Select(r => r.Uri.AbsolutePath[Aisp.Length..]), Is.EqualTo(new[]
        {
            "/beneficiaries", "/accounts/22289/beneficiaries", "/direct-debits", "/accounts/22289/direct-debits",
            "/standing-orders", "/accounts/22289/standing-orders", "/scheduled-payments", "/accounts/22289/scheduled-payments",
            "/offers", "/accounts/22289/offers", "/products", "/accounts/22289/product", "/party", "/accounts/22289/party",
            "/accounts/22289/parties", "/statements", "/accounts/22289/statements", "/accounts/22289/statements/8001/transactions",
            "/accounts/22289/balances",
        }));
        Assert.That(bank.Requests.Select(r => r.Header("x-fapi-interaction-id")), Is.Unique);
    }

    [Test]
    public async Task One_statement_is_read_by_id()
    {
        var (client, _) = Client();

        var statement = await client.Send("t", AccountInformation.Statement("22289", "8001")).Right();

        Assert.That(statement.StatementId, Is.EqualTo("8001"));
        Assert.That(statement.StatementAmount, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_statement_answer_without_the_statement_asked_for_is_a_parse_error()
    {
        var (client, _) = Client(_ => ScriptedBank.Json(200, ResourceBodies.StatementsBody));

        var error = await client.Send("t", AccountInformation.Statement("22289", "9999")).Left();

        var parseError = (ParseError)error;
        Assert.That(parseError.Path, Is.EqualTo("$.Data.Statement"));
        Assert.That(parseError.Message, Does.Contain("the statement 9999").And.Contain("2 other statement(s)"));
    }

    [Test]
    public async Task A_statement_file_comes_back_as_bytes_with_its_media_type_and_name()
    {
        var (client, bank) = Client();

        var file = await client.Send("t", AccountInformation.StatementFile("22289", "8001")).Right();

        Assert.That(file, Is.EqualTo(new StatementFile("application/pdf", Pdf, "statement-8001.pdf")));
        Assert.That(file.ToString(), Is.EqualTo($"application/pdf, {Pdf.Length} bytes, statement-8001.pdf").And.Not.Contain("PDF-1.7"));
        Assert.That(bank.Requests.Single().Header("Accept"), Is.EqualTo("application/pdf"));
    }

    [Test]
    public async Task A_statement_file_in_another_format_is_asked_for_with_accept()
    {
        var (client, bank) = Client(_ => new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "image/png")], new byte[] { 0x89, 0x50, 0x4E, 0x47 }));

        var file = await client.Send("t", AccountInformation.StatementFile("22289", "8001", "image/png")).Right();

        Assert.That((file.MediaType, file.Content.Count, file.FileName), Is.EqualTo(("image/png", 4, (string?)null)));
        Assert.That(bank.Requests.Single().Header("Accept"), Is.EqualTo("image/png"));
    }

    [Test]
    public void A_statement_file_without_a_content_type_is_an_octet_stream()
    {
        var file = AccountInformation.StatementFile("_", "_").Parse(new HttpResponseSpec(200, [], Pdf)).Right();

        Assert.That(file.MediaType, Is.EqualTo("application/octet-stream"));
    }

    [Test]
    public void An_empty_statement_file_is_a_parse_error()
    {
        var error = AccountInformation.StatementFile("_", "_").Parse(new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "application/pdf")], ReadOnlyMemory<byte>.Empty)).Left();

        Assert.That(error, Is.TypeOf<ParseError>());
        Assert.That(error.Message, Does.Contain("empty"));
    }

    [Test]
    public void A_statement_file_refused_with_406_is_the_banks_error()
    {
        var body = """{"Code":"406","Message":"Not acceptable","Errors":[{"ErrorCode":"UK.OBIE.Header.Invalid","Message":"Accept: only application/pdf","Path":"Accept"}]}""";

        var error = AccountInformation.StatementFile("_", "_").Parse(ScriptedBank.Json(406, body)).LeftOf<ApiError, StatementFile>();

        Assert.That(error.Status, Is.EqualTo(406));
        Assert.That(error.Errors.Single().ErrorCode, Is.EqualTo("UK.OBIE.Header.Invalid"));
    }

    [Test]
    public void A_statement_file_answered_with_another_success_status_is_a_parse_error()
    {
        var error = AccountInformation.StatementFile("_", "_").Parse(new HttpResponseSpec(204, [], ReadOnlyMemory<byte>.Empty)).LeftOf<ParseError, StatementFile>();

        Assert.That(error.Message, Does.Contain("HTTP 204"));
    }

    [Test]
    public async Task A_missing_permission_comes_back_as_the_banks_403()
    {
        var (client, _) = Client(_ => ScriptedBank.Json(403, """{"Code":"403","Message":"Forbidden","Errors":[{"ErrorCode":"UK.OBIE.Resource.ConsentMismatch","Message":"ReadOffers not granted"}]}""", "iid-403"));

        var error = await client.Send("t", AccountInformation.Offers()).Left();

        Assert.That(((ApiError)error).Status, Is.EqualTo(403));
        Assert.That(error.InteractionId, Is.EqualTo("iid-403"));
    }

    [Test]
    public async Task The_party_read_is_a_page_of_at_most_one()
    {
        var (client, _) = Client(_ => ScriptedBank.Json(200, """{"Data":{},"Links":{"Self":"x"}}"""));

        var page = await client.Send("t", AccountInformation.Party()).Right();

        Assert.That(page.Items, Is.Empty);
    }

    [Test]
    public async Task Any_read_can_be_paged_through_the_generic_read_all()
    {
        var (client, _) = Client();

        var parties = await client.ReadAll("t", AccountInformation.Parties("22289")).Right();
        var statements = await client.ReadAll("t", AccountInformation.Statements(new StatementQuery("22289", DateTimeOffset.UnixEpoch))).Right();

        Assert.That(parties.Select(p => p.PartyId), Is.EqualTo(new[] { "PABC123", "PXYZ789" }));
        Assert.That(statements.Select(s => s.StatementId), Is.EqualTo(new[] { "8001", "8002" }));
    }
}
