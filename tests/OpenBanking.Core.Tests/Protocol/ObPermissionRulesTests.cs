using NUnit.Framework;
using OpenBanking.Core.Protocol;
using static OpenBanking.Core.Protocol.PermissionProblemKind;

namespace OpenBanking.Core.Tests.Protocol;

/// <summary>
/// The permission rules, case by case from Account and Transaction API Profile v3.1.11, Consent Elements, "Permissions":
/// "The following combinations of permissions are not allowed, and the ASPSP must reject these account-access-consents
/// with a 400 response code" — and nothing else is a reason to reject.
/// </summary>
public class ObPermissionRulesTests
{
    private static IEnumerable<TestCaseData> Table()
    {
        // The must-reject list, one bullet at a time.
        yield return Row("an empty Permissions array", [], Empty);
        yield return Row("a permission code that is not supported (not one of the 21)", ["ReadAccountsBasic", "ReadEverything"], UnknownCode);
        yield return Row("a code in the wrong case (codes are case-sensitive)", ["ReadAccountsBasic", "readbalances"], UnknownCode);
        yield return Row("a v4-style code", ["ReadAccountsDetail", "ReadTransactions"], UnknownCode);
        yield return Row("ReadTransactionsBasic without ReadTransactionsCredits or ReadTransactionsDebits", ["ReadAccountsBasic", "ReadTransactionsBasic"], TransactionsWithoutDirection);
        yield return Row("ReadTransactionsDetail without ReadTransactionsCredits or ReadTransactionsDebits", ["ReadAccountsBasic", "ReadTransactionsDetail"], TransactionsWithoutDirection);
        yield return Row("ReadTransactionsCredits without ReadTransactionsBasic or ReadTransactionsDetail", ["ReadAccountsBasic", "ReadTransactionsCredits"], DirectionWithoutTransactions);
        yield return Row("ReadTransactionsDebits without ReadTransactionsBasic or ReadTransactionsDetail", ["ReadAccountsBasic", "ReadTransactionsDebits"], DirectionWithoutTransactions);
        yield return Row("two reasons at once", ["ReadTransactionsDetail", "ReadNothing"], UnknownCode, TransactionsWithoutDirection);

        // Accepted: not on the list.
        yield return Row("ReadBalances alone (no ReadAccounts* rule for the ASPSP)", ["ReadBalances"]);
        yield return Row("ReadTransactionsDetail with ReadTransactionsCredits, no ReadAccounts*", ["ReadTransactionsDetail", "ReadTransactionsCredits"]);
        yield return Row("ReadTransactionsBasic with ReadTransactionsDebits", ["ReadAccountsDetail", "ReadTransactionsBasic", "ReadTransactionsDebits"]);
        yield return Row("Basic with the corresponding Detail (\"must not reject solely on the basis of duplication\")", ["ReadAccountsBasic", "ReadAccountsDetail"]);
        yield return Row("a code listed twice (no rule rejects it)", ["ReadAccountsDetail", "ReadBalances", "ReadBalances"]);
        yield return Row("all 21 codes", [.. ObPermission.All]);
    }

    private static TestCaseData Row(string name, string[] permissions, params PermissionProblemKind[] rejected) =>
        new TestCaseData(permissions, rejected).SetName($"Rejections: {name}");

    [TestCaseSource(nameof(Table))]
    public void The_bank_rejects_exactly_the_sets_on_the_specifications_list(string[] permissions, PermissionProblemKind[] rejected)
    {
        var rejections = ObPermission.Rejections(permissions);

        Assert.That(rejections.Select(r => r.Kind), Is.EqualTo(rejected));
        Assert.That(rejections, Has.All.Matches<PermissionProblem>(r => r.Rejects && r.Message.Length > 0));
    }

    [Test]
    public void An_unknown_code_is_named_with_its_index_once_per_item()
    {
        var rejections = ObPermission.Rejections(["ReadAccountsBasic", "ReadEverything", "ReadBalances", "ReadEverything", null]);

        Assert.That(rejections.Select(r => (r.Kind, r.Index)), Is.EqualTo(new[] { (UnknownCode, (int?)1), (UnknownCode, 3), (UnknownCode, 4) }));
        Assert.That(rejections[0].Message, Does.Contain("'ReadEverything' is not a v3.1.11 permission code"));
        Assert.That(rejections[2].Message, Does.StartWith("null is not"));
    }

    [Test]
    public void The_transaction_messages_name_the_codes_present()
    {
        var basicAndDetail = ObPermission.Rejections(["ReadTransactionsBasic", "ReadTransactionsDetail"]).Single();
        var debits = ObPermission.Rejections(["ReadTransactionsDebits"]).Single();

        Assert.That(basicAndDetail.Message, Does.StartWith("ReadTransactionsBasic and ReadTransactionsDetail needs ReadTransactionsCredits or ReadTransactionsDebits"));
        Assert.That(debits.Message, Does.StartWith("ReadTransactionsDebits needs ReadTransactionsBasic or ReadTransactionsDetail"));
    }

    [TestCase(new[] { "ReadBalances" }, new[] { NoAccountsPermission })]
    [TestCase(new[] { "ReadTransactionsDetail", "ReadTransactionsCredits" }, new[] { NoAccountsPermission })]
    [TestCase(new[] { "ReadAccountsBasic", "ReadBalances", "ReadBalances" }, new[] { Repeated })]
    [TestCase(new[] { "ReadBalances", "ReadBalances" }, new[] { NoAccountsPermission, Repeated })]
    [TestCase(new[] { "ReadAccountsBasic", "ReadAccountsDetail" }, new PermissionProblemKind[0])]
    [TestCase(new[] { "ReadAccountsDetail", "ReadEverything", "ReadEverything" }, new PermissionProblemKind[0])] // unknown codes are Rejections' business
    [TestCase(new string[0], new PermissionProblemKind[0])] // empty is a rejection, not advice
    public void Advice_is_never_a_rejection(string[] permissions, PermissionProblemKind[] advised)
    {
        var advice = ObPermission.Advice(permissions);

        Assert.That(advice.Select(a => a.Kind), Is.EqualTo(advised));
        Assert.That(advice, Has.None.Matches<PermissionProblem>(a => a.Rejects));
        Assert.That(ObPermission.Rejections(permissions).Select(r => r.Kind), Has.None.AnyOf(NoAccountsPermission, Repeated));
    }

    [Test]
    public void A_repeat_is_advised_at_its_own_index()
    {
        var advice = ObPermission.Advice(["ReadAccountsDetail", "ReadBalances", "ReadBalances"]);

        Assert.That(advice.Single(), Is.EqualTo(new PermissionProblem(Repeated, "'ReadBalances' is listed again (a bank must still accept the consent)", 2)));
    }
}
