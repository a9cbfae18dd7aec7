using System.Text;
using MockAspsp.Features.Aisp;
using NUnit.Framework;

namespace MockAspsp.Tests.Behaviour;

/// <summary>The statement file's pure parts: which type an Accept header chooses, and the PDF writer.</summary>
public class StatementFileTests
{
    [TestCase("", StatementFile.Pdf)]
    [TestCase("*/*", StatementFile.Pdf)]
    [TestCase("application/*", StatementFile.Pdf)]
    [TestCase("application/pdf", StatementFile.Pdf)]
    [TestCase("text/*", StatementFile.Csv)]
    [TestCase("TEXT/CSV", StatementFile.Csv)]
    [TestCase("text/csv; charset=utf-8", StatementFile.Csv)]
    [TestCase("application/pdf;q=0.5, text/csv", StatementFile.Csv)]
    [TestCase("application/pdf;q=0, */*", StatementFile.Csv)]
    [TestCase("text/csv;q=0.9, */*;q=0.9", StatementFile.Pdf)]
    [TestCase("application/json", null)]
    [TestCase("*/*;q=0", null)]
    [TestCase("application/pdf;q=0, text/csv;q=0, */*", null)]
    public void The_Accept_header_chooses_the_type(string accept, string? expected)
    {
        Assert.That(StatementFile.Choose(accept), Is.EqualTo(expected));
    }

    [Test]
    public void A_long_statement_runs_over_several_well_formed_pages()
    {
        var lines = Enumerable.Range(1, 150).Select(i => $"line {i} (with parentheses) and a back\\slash, CAFÉ €").ToList();

        var text = Encoding.Latin1.GetString(PdfDocument.Write(lines, "A (long) statement", new DateTimeOffset(2026, 8, 1, 6, 0, 0, TimeSpan.Zero)));

        StatementTests.AssertWellFormedPdf(text);
        Assert.That(text, Does.Contain("/Count 3"), "64 lines a page");
        Assert.That(text, Does.Contain(@"(line 150 \(with parentheses\) and a back\\slash, CAFÉ ?) Tj"), "escaped; what WinAnsi cannot show is '?'");
        Assert.That(text, Does.Contain("/CreationDate (D:20260801060000Z)"));
    }
}
