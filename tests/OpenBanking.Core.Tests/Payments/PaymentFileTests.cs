using System.Text;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Payments;
using OpenBanking.TestSupport;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>A payment file against the metadata of its consent: hash, number of transactions and control sum, for both file types.</summary>
public class PaymentFileTests
{
    private static readonly byte[] Pain001 = Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.08">
          <CstmrCdtTrfInitn>
            <GrpHdr><MsgId>GB2OK238</MsgId><NbOfTxs>3</NbOfTxs><CtrlSum>60.75</CtrlSum></GrpHdr>
            <PmtInf>
              <CdtTrfTxInf><Amt><InstdAmt Ccy="GBP">10.25</InstdAmt></Amt></CdtTrfTxInf>
              <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">20.50</InstdAmt></Amt></CdtTrfTxInf>
              <CdtTrfTxInf><Amt><EqvtAmt><Amt Ccy="GBP">30</Amt><CcyOfTrf>USD</CcyOfTrf></EqvtAmt></Amt></CdtTrfTxInf>
            </PmtInf>
          </CstmrCdtTrfInitn>
        </Document>
        """);

    [Test]
    public void The_file_hash_is_base64_of_the_sha256_of_the_bytes() =>
        Assert.That(PaymentFile.Hash("abc"u8), Is.EqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="));

    [Test]
    public void A_json_payment_file_is_described_by_its_hash_count_and_total()
    {
        var described = PaymentFile.Describe(PaymentFileTypes.PaymentInitiation31, FileBytes).Right();

        Assert.That(described, Is.EqualTo(new FilePaymentInitiation(PaymentFileTypes.PaymentInitiation31, PaymentFile.Hash(FileBytes), NumberOfTransactions: "2", ControlSum: 43.50m)));
    }

    [Test]
    public void A_pain_001_file_is_described_by_its_transactions_and_their_amounts()
    {
        var described = PaymentFile.Describe(PaymentFileTypes.Pain00100108, Pain001).Right();

        Assert.Multiple(() =>
        {
            Assert.That(described.NumberOfTransactions, Is.EqualTo("3"));
            Assert.That(described.ControlSum, Is.EqualTo(60.75m));
        });
    }

    [Test]
    public void A_file_of_another_type_is_described_by_its_hash_only()
    {
        var described = PaymentFile.Describe("GB.Bank.Csv", "a,b\n"u8.ToArray()).Right();

        Assert.That(described, Is.EqualTo(new FilePaymentInitiation("GB.Bank.Csv", PaymentFile.Hash("a,b\n"u8))));
    }

    [Test]
    public void A_file_that_matches_its_metadata_has_no_problems() =>
        Assert.That(PaymentFile.Problems(FileInitiation, FileBytes), Is.Empty);

    [Test]
    public void A_hash_written_without_its_padding_still_matches()
    {
        var initiation = FileInitiation with { FileHash = PaymentFile.Hash(FileBytes).TrimEnd('=') };

        Assert.That(PaymentFile.Problems(initiation, FileBytes), Is.Empty);
    }

    [Test]
    public void A_file_whose_content_differs_from_its_metadata_has_every_difference_found()
    {
        var initiation = FileInitiation with { FileHash = PaymentFile.Hash("other"u8), NumberOfTransactions = "3", ControlSum = 43.49m };

        var problems = PaymentFile.Problems(initiation, FileBytes);

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"$.Data.Initiation.FileHash: is not the file's: base64(SHA-256) of its {FileBytes.Length} bytes is {PaymentFile.Hash(FileBytes)}",
            "$.Data.Initiation.NumberOfTransactions: '3' is not the file's 2 transactions",
            "$.Data.Initiation.ControlSum: 43.49 is not the total of the file's amounts, 43.50",
        }));
    }

    [Test]
    public void A_pain_001_file_with_another_total_is_found()
    {
        var initiation = new FilePaymentInitiation(PaymentFileTypes.Pain00100108, PaymentFile.Hash(Pain001), NumberOfTransactions: "3", ControlSum: 60m);

        var problems = PaymentFile.Problems(initiation, Pain001);

        Assert.That(problems.Single().Path, Is.EqualTo("$.Data.Initiation.ControlSum"));
    }

    [TestCase("""{"Data": {}}""")]
    [TestCase("""{"Data": {"DomesticPayments": [{"InstructionIdentification": "A"}]}}""")]
    [TestCase("not json")]
    public void A_json_file_that_is_not_a_payment_file_is_a_problem_at_the_file_type(string content)
    {
        var file = Encoding.UTF8.GetBytes(content);

        var problems = PaymentFile.Problems(FileInitiation with { FileHash = PaymentFile.Hash(file) }, file);

        Assert.That(problems.Single().Path, Is.EqualTo("$.Data.Initiation.FileType"));
    }

    [Test]
    public void An_xml_file_with_a_dtd_is_refused_and_nothing_is_fetched()
    {
        var file = Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "http://example.com/x">]><Document>&e;</Document>""");

        var error = PaymentFile.Describe(PaymentFileTypes.Pain00100108, file).LeftOf<ParseError, FilePaymentInitiation>();

        Assert.That(error.Expected, Is.EqualTo("a UK.OBIE.pain.001.001.08 document"));
    }

    [Test]
    public void An_upload_of_a_file_that_differs_from_its_metadata_is_a_validation_error_not_a_request()
    {
        var context = new Api.CallContext(Support.TestConfig.Valid(), "client-token", "iid-1", Now, IdempotencyKey: "key-1");

        var error = PaymentInitiation.UploadPaymentFile("pdc-7", FileInitiation with { ControlSum = 1m }, FileBytes).Build(context).LeftOf<ValidationError, Http.HttpRequestSpec>();

        Assert.That(error.Detail, Does.StartWith("$.Data.Initiation.ControlSum: 1 is not the total"));
    }
}
