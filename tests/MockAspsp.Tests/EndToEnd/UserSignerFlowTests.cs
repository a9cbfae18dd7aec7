using System.Security.Cryptography;
using MockAspsp.Domain;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.EndToEnd;

/// <summary>
/// A TPP whose signing key is not a PEM in its config but behind a signer of its own (as a key vault or an HSM would
/// be): the mock bank, which verifies with Microsoft.IdentityModel against the JWKS the client registered, accepts its
/// client assertions and its request object.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class UserSignerFlowTests
{
    private const string Kid = "vault-es256-1";

    private static RegisteredClient Registration(ECDsa key) => new()
    {
        ClientId = "vault-signing-tpp",
        TokenEndpointAuthMethod = "private_key_jwt",
        Jwks = new JsonWebKeySet([JsonWebKey.FromEc(key.ExportParameters(false), Kid)]).ToJson(),
        RedirectUris = [DemoConfigs.RedirectUri],
        CertificateSubjectDn = "CN=obfx-demo-tpp,OU=0015800001041RHAAY,O=OpenBanking.Fx Demo TPP,C=GB",
    };

    [Test]
    public async Task A_client_assertion_and_a_request_object_signed_by_a_users_signer_are_accepted_by_the_mock_bank()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signer = InMemorySigner.Es256(key, Kid);
        var registration = Registration(key);
        await using var bank = await TestBank.StartAsync(options => options with { Clients = [registration] });
        var config = (DemoConfigs.For(bank.Bank, registration) with { SigningKey = null, Kid = null }).Validate(signer).Right();
        using var http = bank.Interpreter(bank.Transport);
        var client = new AccountInformationClient(config, http, bank.Time, IdSource.Sequential());

        var (pending, grant) = await FlowScript.Authorise(client, http, "amelia", TestBank.Start).Right();

        Assert.Multiple(() =>
        {
            Assert.That(pending.ClientToken.AccessToken, Is.Not.Empty, "the client credentials grant's assertion was accepted");
            Assert.That(bank.State.Consents[pending.ConsentId].Status, Is.EqualTo(ConsentStatus.Authorised), "the request object was accepted");
            Assert.That(grant.Tokens.AccessToken, Is.Not.Empty, "the code exchange's assertion was accepted");
            Assert.That(signer.Signatures, Is.EqualTo(3), "two client assertions and one request object, all by the signer");
        });
    }

    [Test]
    public async Task A_client_assertion_signed_by_a_signer_the_client_never_registered_is_refused()
    {
        using var registered = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var registration = Registration(registered);
        await using var bank = await TestBank.StartAsync(options => options with { Clients = [registration] });
        var config = (DemoConfigs.For(bank.Bank, registration) with { SigningKey = null, Kid = null })
            .Validate(InMemorySigner.Es256(stranger, Kid)).Right();
        using var http = bank.Interpreter(bank.Transport);
        var client = new AccountInformationClient(config, http, bank.Time, IdSource.Sequential());

        var error = await client.ClientCredentialsToken().Left();

        Assert.That(error, Is.TypeOf<ProtocolError>().With.Property("Error").EqualTo("invalid_client"));
    }
}
