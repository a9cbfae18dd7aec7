using OpenBanking.Core.Api;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Lifecycle;

public class ApiVersionTests
{
    [Test]
    public void Api_version_4_0_builds_v4_0_urls()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ApiVersion = "4.0" });

        var consent = AccountInformation.GetConsent("c-1").Build(new CallContext(config, "client-token", "iid", DateTimeOffset.UnixEpoch)).Right();
        var accounts = AccountInformation.Accounts().Build(new CallContext(config, "token", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(config.AisBasePath, Is.EqualTo("/open-banking/v4.0/aisp"));
            Assert.That(consent.Uri, Is.EqualTo(new Uri("https://rs.aspsp.example.com/open-banking/v4.0/aisp/account-access-consents/c-1")));
            Assert.That(accounts.Uri, Is.EqualTo(new Uri("https://rs.aspsp.example.com/open-banking/v4.0/aisp/accounts")));
        });
    }

    [TestCase(null, "/open-banking/v3.1/aisp")]
    [TestCase("3.1.11", "/open-banking/v3.1/aisp")]
    [TestCase("4.0", "/open-banking/v4.0/aisp")]
    [TestCase("4.0.1", "/open-banking/v4.0/aisp")]
    public void The_base_path_follows_the_version_when_left_at_its_default(string? version, string path) =>
        Assert.That(TestConfig.Validated(TestConfig.Raw() with { ApiVersion = version }).AisBasePath, Is.EqualTo(path));

    [Test]
    public void An_explicit_base_path_wins_over_the_version()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { ApiVersion = "4.0", AispBasePath = "/obie/aisp" });

        Assert.That(AccountInformation.Accounts().Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).Right().Uri.AbsolutePath, Is.EqualTo("/obie/aisp/accounts"));
    }

    [TestCase("v4.0")]
    [TestCase("4")]
    [TestCase("four")]
    public void A_version_that_is_not_one_is_a_config_problem(string version)
    {
        var error = (TestConfig.Raw() with { ApiVersion = version }).Validate().Left();

        Assert.That(error.Problems.Single().Field, Is.EqualTo("api_version"));
    }

    [Test]
    public void Api_version_is_read_from_a_config_file()
    {
        var json = """{"api_version": "4.0"}""";

        var config = ApiConfigJson.Parse(json).Right();

        Assert.That(config.ApiVersion, Is.EqualTo("4.0"));
    }
}
