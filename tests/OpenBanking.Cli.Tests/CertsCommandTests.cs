using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Jose;

namespace OpenBanking.Cli.Tests;

public class CertsCommandTests
{
    private const string Subject = "C=GB,O=Ozone Financial Technology Limited,OU=exampleOU,CN=exampleCN";
    private string _folder = null!;

    [SetUp]
    public void Folder() => _folder = Directory.CreateTempSubdirectory("obx-certs-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_folder, recursive: true);

    [TestCase("rsa", "PS256", "RSA")]
    [TestCase("ec", "ES256", "EC")]
    public async Task Certs_makes_a_ca_and_transport_and_signing_certificates_that_chain_to_it(string keyType, string alg, string kty)
    {
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("certs", "--subject", Subject, "--out", "tpp", "--key-type", keyType);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var folder = Path.Combine(_folder, "tpp");
        using var ca = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "ca.pem"), Path.Combine(folder, "ca.key"));
        using var transport = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "transport.pem"), Path.Combine(folder, "transport.key"));
        using var signing = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "signing.pem"), Path.Combine(folder, "signing.key"));
        var jwks = JsonWebKeySet.Parse(File.ReadAllText(Path.Combine(folder, "signing.jwks.json"))).Match(Right: k => k, Left: e => throw new AssertionException(e.ToString()));
        Assert.Multiple(() =>
        {
            Assert.That(Chains(transport, ca), Is.True, "transport chains to the CA");
            Assert.That(Chains(signing, ca), Is.True, "signing chains to the CA");
            Assert.That(transport.Subject, Is.EqualTo("CN=exampleCN, OU=exampleOU, O=Ozone Financial Technology Limited, C=GB"));
            Assert.That(signing.Subject, Is.EqualTo(transport.Subject));
            Assert.That(jwks.Keys.Single().Kty, Is.EqualTo(kty));
            Assert.That(terminal.Screen.ToString(), Does.Contain($"kid {jwks.Keys.Single().Kid}"));
            Assert.That(jwks.Keys.Single().Kid, Is.EqualTo(jwks.Keys.Single().Thumbprint()), "the kid is the RFC 7638 thumbprint");
        });
        if (!OperatingSystem.IsWindows())
        {
            foreach (var key in Directory.GetFiles(folder, "*.key"))
            {
                Assert.That(File.GetUnixFileMode(key), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), key);
            }
        }

        var config = new ApiConfig
        {
            AuthServerIssuer = "https://aspsp.example.com", AuthorizationEndpoint = "https://aspsp.example.com/auth", TokenEndpoint = "https://aspsp.example.com/token",
            ResourceEndpoint = "https://aspsp.example.com", ClientId = "c", TokenEndpointAuthMethod = "private_key_jwt",
            SigningKey = File.ReadAllText(Path.Combine(folder, "signing.key")), SigningAlg = alg, Kid = jwks.Keys.Single().Kid,
            RegisteredRedirectUrl = "https://tpp.example.com/cb",
            TransportCertFile = Path.Combine(folder, "transport.pem"), TransportKeyFile = Path.Combine(folder, "transport.key"),
        };
        Assert.That(config.Validate().IsRight, Is.True, "the files work as the library's config");
        Assert.That(OpenBanking.Core.Io.TransportCredentials.Load(config).IsRight, Is.True);
    }

    [Test]
    public async Task Certs_refuses_to_overwrite_without_force()
    {
        var terminal = new TestTerminal(_folder);
        await terminal.Run("certs", "--subject", Subject, "--out", ".");
        var before = File.ReadAllText(Path.Combine(_folder, "ca.pem"));

        var refused = await terminal.Run("certs", "--subject", Subject, "--out", ".");
        var unchanged = File.ReadAllText(Path.Combine(_folder, "ca.pem"));
        var forced = await terminal.Run("certs", "--subject", Subject, "--out", ".", "--force");

        Assert.That(refused, Is.EqualTo(ExitCodes.Problem));
        Assert.That(terminal.Error.ToString(), Does.Contain("already has ca.key, ca.pem").And.Contain("--force"));
        Assert.That(unchanged, Is.EqualTo(before));
        Assert.That(forced, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "ca.pem")), Is.Not.EqualTo(before));
    }

    [TestCase("exampleCN")]
    [TestCase("C=GB,O=Org")]
    [TestCase("C=gbr,O=Org,CN=x")]
    [TestCase("C=GB,=Org,CN=x")]
    public async Task A_subject_that_is_not_a_distinguished_name_is_refused(string subject)
    {
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("certs", "--subject", subject, "--out", "x");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(terminal.Error.ToString(), Does.StartWith("obx: --subject"));
        Assert.That(Directory.Exists(Path.Combine(_folder, "x")), Is.False);
    }

    private static bool Chains(X509Certificate2 certificate, X509Certificate2 ca) => OpenBanking.TestSupport.TestCertificates.IssuedBy(certificate, ca);
}
