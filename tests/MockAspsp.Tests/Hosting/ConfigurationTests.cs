using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Hosting;
using NUnit.Framework;

namespace MockAspsp.Tests.Hosting;

public class ConfigurationTests
{
    private string _folder = null!;

    [SetUp]
    public void Folder() => _folder = Directory.CreateTempSubdirectory("mock-aspsp-config-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_json_config_file_registers_clients_and_psus()
    {
        var file = Path.Combine(_folder, "mock.json");
        File.WriteAllText(file, $$"""
            {
              "MockAspsp": {
                "Issuer": "https://bank.example",
                "CertificatesFolder": "{{Path.Combine(_folder, "certs").Replace("\\", "\\\\", StringComparison.Ordinal)}}",
                "AccessTokenLifetimeSeconds": 120,
                "Clients": [
                  { "ClientId": "my-tpp", "TokenEndpointAuthMethod": "client_secret_post", "ClientSecret": "s3cret", "RedirectUris": ["https://my-tpp.example/cb"] }
                ],
                "Psus": [ { "Username": "alice", "Password": "wonderland", "Customer": "amelia" } ]
              }
            }
            """);

        await using var app = MockAspspApp.Create(["--config", file], configure: b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var bank = app.Services.GetRequiredService<MockBank>();

        Assert.Multiple(() =>
        {
            Assert.That(bank.Issuer.Value, Is.EqualTo("https://bank.example"));
            Assert.That(bank.Options.AccessTokenLifetimeSeconds, Is.EqualTo(120));
            Assert.That(bank.Clients.All.Select(c => c.ClientId), Is.EqualTo(new[] { "my-tpp" }));
            Assert.That(bank.Clients.Find("my-tpp")!.Registration.RedirectUris, Is.EqualTo(new[] { "https://my-tpp.example/cb" }));
            Assert.That(bank.Psus.LogIn("alice", "wonderland"), Is.EqualTo("amelia"));
            Assert.That(bank.Psus.LogIn("amelia", "amelia-pass"), Is.Null, "configured logins replace the defaults");
        });
    }

    [Test]
    public async Task With_no_configuration_the_demo_clients_and_psus_are_there()
    {
        await using var app = MockAspspApp.Create([$"--MockAspsp:CertificatesFolder={_folder}", "--MockAspsp:Issuer=https://bank.example"], configure: b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var bank = app.Services.GetRequiredService<MockBank>();

        Assert.That(bank.Clients.All.Select(c => c.Registration.TokenEndpointAuthMethod),
            Is.EquivalentTo(new[] { "private_key_jwt", "client_secret_basic", "client_secret_post", "tls_client_auth" }));
        Assert.That(bank.Psus.All.Select(p => p.Username), Is.EqualTo(new[] { "amelia", "oliver", "northwind" }));
        Assert.That(MockAspspBanner.Text(bank), Does.Contain("https://bank.example").And.Contain("obfx-demo-tls-client-auth"));
    }

    [Test]
    public void Certificates_are_made_once_kept_private_and_reused()
    {
        var now = DateTimeOffset.UtcNow;

        var first = MockPki.LoadOrCreate(_folder, now);
        var second = MockPki.LoadOrCreate(_folder, now);

        Assert.That(second.ServerCertificate.Thumbprint, Is.EqualTo(first.ServerCertificate.Thumbprint));
        Assert.That(second.TppJwks, Is.EqualTo(first.TppJwks));
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.SupersetOf(new[]
        {
            "bank-ca.pem", "server.pem", "server.key", "tpp-ca.pem", "tpp-transport.pem", "tpp-transport.key", "tpp-signing.key", "tpp-signing.jwks.json", "bank-signing.key",
        }));
        if (!OperatingSystem.IsWindows())
        {
            foreach (var key in Directory.GetFiles(_folder, "*.key"))
            {
                Assert.That(File.GetUnixFileMode(key), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), key);
            }
        }
    }

    [Test]
    public async Task The_demo_client_configs_written_for_tpps_load_in_the_library()
    {
        await using var app = MockAspspApp.Create([$"--MockAspsp:CertificatesFolder={_folder}", "--MockAspsp:Issuer=https://bank.example"], configure: b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var bank = app.Services.GetRequiredService<MockBank>();

        var files = DemoConfigs.Write(bank);

        Assert.That(files, Has.Count.EqualTo(4));
        foreach (var file in files)
        {
            var loaded = OpenBanking.Core.Io.ConfigFile.Load(file);
            Assert.That(loaded.IsRight, Is.True, () => $"{file}: {loaded}");
        }
    }
}
