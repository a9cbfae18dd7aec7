using System.Reflection;
using LanguageExt;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Robustness;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// Every reader of a Payment Initiation answer on mutated bodies: it answers Right or Left and never throws, and an answer
/// without a member its schema requires — $.Data, a consent's $.Risk, the Data members the model cannot do without — is Left.
/// </summary>
[Category("Property")]
public class PaymentParserProperties
{
    private static IEnumerable<TestCaseData> Answers =>
        PaymentResponses.All.Select(a => new TestCaseData(a.Schema).SetArgDisplayNames(a.Schema));

    [TestCaseSource(nameof(Answers))]
    public void A_reader_never_throws_on_a_mutated_answer_and_refuses_one_without_a_member_it_requires(string schema)
    {
        var (_, status, model, parse) = PaymentResponses.All.Single(a => a.Schema == schema);
        var seed = PaymentResponses.Body(model);
        Func<HttpResponseSpec, Either<OpenBankingError, object>> read = parse;

        PropertyRun.Check(schema, MutatedBody.From(seed),
            body => Assert.That(read(body.Response(status)).IsBottom, Is.False),
            body => body.ToString());
        PropertyRun.Check($"{schema} without a required member", MutatedBody.Without(seed, Required(model, seed)),
            input => Assert.That(read(input.Body.Response(status)).IsLeft, Is.True, () => $"accepted without {input.Removed}"),
            input => $"without {input.Removed}: {input.Body}");
    }

    // $.Data, the consent's Risk, and the constructor parameters of the Data model without a default.
    private static string[] Required(object model, string seed)
    {
        var paths = JsonMutation.Paths(seed);
        var members = model.GetType().GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).First().GetParameters()
            .Where(p => !p.HasDefaultValue).Select(p => $"$.Data.{p.Name}");
        var risk = model.GetType().GetProperty("Risk") is not null ? new[] { "$.Risk" } : [];
        return ["$.Data", .. risk, .. members.Where(paths.Contains)];
    }
}
