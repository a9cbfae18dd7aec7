using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using NUnit.Framework;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Io;

/// <summary>The interpreter against a real Kestrel server on 127.0.0.1 that requires a client certificate.</summary>
[NonParallelizable]
public class HttpClientInterpreterTests
{
    private X509Certificate2 _bankCa = null!;
    private X509Certificate2 _tppCa = null!;
    private X509Certificate2 _strangerCa = null!;
    private X509Certificate2 _tppClient = null!;
    private TlsTestServer _server = null!;
    private TlsTestServer _untrustedServer = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        _bankCa = TestCertificates.CreateCa("Test Bank Root");
        _tppCa = TestCertificates.CreateCa("Test Directory CA");
        _strangerCa = TestCertificates.CreateCa("Somebody Else");
        _tppClient = TestCertificates.CreateClient(_tppCa);
        _server = await TlsTestServer.StartAsync(TestCertificates.CreateServer(_bankCa), _tppCa);
        _untrustedServer = await TlsTestServer.StartAsync(TestCertificates.CreateServer(_strangerCa), _tppCa);
        _folder = Directory.CreateTempSubdirectory("obfx-tls-").FullName;
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        await _server.DisposeAsync();
        await _untrustedServer.DisposeAsync();
        _bankCa.Dispose();
        _tppCa.Dispose();
        _strangerCa.Dispose();
        _tppClient.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private HttpClientInterpreter Interpreter(X509Certificate2? client = null, X509Certificate2? trust = null, TimeSpan? timeout = null) =>
        new(TransportCredentials.Create(client ?? _tppClient, trust is null ? null : [trust]), timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>A config file naming the TPP's transport PEM files and the bank's CA beside it, loaded; and its folder.</summary>
    private (ValidatedApiConfig Config, string Folder) LoadedConfigFile(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        TestCertificates.WritePem(_tppClient, folder, "transport");
        TestCertificates.WritePem(_bankCa, folder, "bank-ca");
        var path = Path.Combine(folder, "bank.json");
        File.WriteAllText(path, ApiConfigJson.Write(TestConfig.Raw() with
        {
            TransportCertFile = "transport.pem", TransportKeyFile = "transport.key", CaBundleFile = "bank-ca.pem",
        }));
        return (ConfigFile.Load(path).Right(), folder);
    }

    private static HttpRequestSpec Get(Uri uri) => new("GET test", HttpMethod.Get, uri, [], RequestBody.None);

    [Test]
    public async Task The_right_client_certificate_is_presented_and_accepted()
    {
        using var interpreter = Interpreter(trust: _bankCa);

        var response = await interpreter.Send(Get(_server.Url("/whoami"))).Right();

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.BodyText, Is.EqualTo(_tppClient.Subject));
    }

    [Test]
    public async Task The_request_description_is_sent_as_described()
    {
        using var interpreter = Interpreter(trust: _bankCa);
        var request = new HttpRequestSpec("POST test", HttpMethod.Post, _server.Url("/echo?x=1"),
            [KeyValuePair.Create("Authorization", "Bearer abc"), KeyValuePair.Create("x-fapi-interaction-id", "iid-42")],
            new RequestBody.Form([KeyValuePair.Create("grant_type", "client_credentials"), KeyValuePair.Create("scope", "a b")]));

        var response = await interpreter.Send(request).Right();

        Assert.That(response.BodyText, Is.EqualTo(
            "POST /echo?x=1\ncontent-type: application/x-www-form-urlencoded\nauthorization: Bearer abc\ngrant_type=client_credentials&scope=a+b"));
        Assert.That(response.InteractionId, Is.EqualTo("iid-42"));
        Assert.That(response.MediaType, Is.EqualTo("text/plain"));
    }

    [Test]
    public async Task A_server_certificate_outside_the_configured_trust_is_refused()
    {
        using var interpreter = Interpreter(trust: _bankCa);

        var error = (TransportError)await interpreter.Send(Get(_untrustedServer.Url("/whoami"))).Left();

        Assert.That(error.Failure, Is.EqualTo(TransportFailure.Tls));
        Assert.That(error.Host, Is.EqualTo($"127.0.0.1:{_untrustedServer.BaseUri.Port}"));
        Assert.That(error.Cause, Does.Contain("does not chain to a root in ca_bundle_file"));
    }

    [Test]
    public async Task The_mutual_tls_handler_in_an_http_client_of_your_own_presents_the_certificate_and_checks_the_bank()
    {
        using var credentials = TransportCredentials.Create(_tppClient, [_bankCa]);
        using var http = new HttpClient(HttpClientInterpreter.MutualTlsHandler(credentials, TimeSpan.FromSeconds(10)));

        var whoami = await http.GetStringAsync(_server.Url("/whoami"));
        var refused = Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(_untrustedServer.Url("/whoami")));

        Assert.That(whoami, Is.EqualTo(_tppClient.Subject));
        Assert.That(refused!.HttpRequestError, Is.EqualTo(HttpRequestError.SecureConnectionError));
    }

    [Test]
    public async Task Without_a_ca_bundle_the_system_roots_decide_and_a_private_ca_is_refused()
    {
        using var interpreter = Interpreter(trust: null);

        var error = (TransportError)await interpreter.Send(Get(_server.Url("/whoami"))).Left();

        Assert.That(error.Failure, Is.EqualTo(TransportFailure.Tls));
        Assert.That(error.Cause, Does.Contain("set ca_bundle_file for a private CA"));
    }

    [Test]
    public async Task A_client_certificate_from_another_ca_is_refused_by_the_server()
    {
        using var interpreter = Interpreter(client: TestCertificates.CreateClient(_strangerCa), trust: _bankCa);

        var error = await interpreter.Send(Get(_server.Url("/whoami"))).Left();

        Assert.That(error, Is.TypeOf<TransportError>());
        Assert.That(((TransportError)error).Failure, Is.AnyOf(TransportFailure.Tls, TransportFailure.ConnectionClosed));
    }

    [Test]
    public async Task No_client_certificate_is_refused_by_the_server()
    {
        using var interpreter = new HttpClientInterpreter(TransportCredentials.Create(null, [_bankCa]), TimeSpan.FromSeconds(10));

        var error = await interpreter.Send(Get(_server.Url("/whoami"))).Left();

        Assert.That(error, Is.TypeOf<TransportError>());
    }

    [Test]
    public async Task A_slow_answer_is_a_timeout_error()
    {
        using var interpreter = Interpreter(trust: _bankCa, timeout: TimeSpan.FromMilliseconds(300));

        var error = (TransportError)await interpreter.Send(Get(_server.Url("/slow"))).Left();

        Assert.That(error.Failure, Is.EqualTo(TransportFailure.Timeout));
        Assert.That(error.Cause, Does.Contain("0.3 s"));
    }

    [Test]
    public void Cancellation_by_the_caller_throws()
    {
        using var interpreter = Interpreter(trust: _bankCa);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(async () => await interpreter.Send(Get(_server.Url("/slow")), cancel.Token).ToEither());
    }

    [Test]
    public async Task A_refused_connection_is_a_connection_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var interpreter = Interpreter(trust: _bankCa);

        var error = (TransportError)await interpreter.Send(Get(new Uri($"https://127.0.0.1:{port}/token"))).Left();

        Assert.That(error.Failure, Is.EqualTo(TransportFailure.Connection));
        Assert.That(error.ToString(), Does.StartWith($"Could not connect to 127.0.0.1:{port}"));
    }

    [Test]
    public async Task Redirects_are_returned_not_followed()
    {
        using var interpreter = Interpreter(trust: _bankCa);

        var response = await interpreter.Send(Get(_server.Url("/redirect"))).Right();

        Assert.That(response.Status, Is.EqualTo(302));
        Assert.That(response.Header("Location"), Is.EqualTo("https://example.com/elsewhere"));
    }

    [Test]
    public async Task Pem_files_named_by_the_config_are_loaded_with_the_ca_bundle()
    {
        var (certFile, keyFile) = TestCertificates.WritePem(_tppClient, _folder, "transport");
        var (caFile, _) = TestCertificates.WritePem(_bankCa, _folder, "bank-ca");
        var config = TestConfig.Validated(TestConfig.Raw() with { TransportCertFile = certFile, TransportKeyFile = keyFile, CaBundleFile = caFile });

        using var interpreter = HttpClientInterpreter.Create(config).Right();
        var response = await interpreter.Send(Get(_server.Url("/whoami"))).Right();

        Assert.That(response.BodyText, Is.EqualTo(_tppClient.Subject));
    }

    [Test]
    public async Task A_config_file_reads_its_pem_files_once_and_the_interpreter_uses_what_was_read()
    {
        var (config, folder) = LoadedConfigFile("read-once");
        Directory.Delete(folder, recursive: true);

        using var interpreter = HttpClientInterpreter.Create(config).Right();
        var response = await interpreter.Send(Get(_server.Url("/whoami"))).Right();

        Assert.That(response.BodyText, Is.EqualTo(_tppClient.Subject));
    }

    [Test]
    public async Task Disposing_an_interpreter_leaves_the_configs_transport_credentials_usable_for_the_next()
    {
        var (config, _) = LoadedConfigFile("shared");
        using (var first = HttpClientInterpreter.Create(config).Right())
        {
            await first.Send(Get(_server.Url("/whoami"))).Right();
        }

        using var second = HttpClientInterpreter.Create(config).Right();
        var response = await second.Send(Get(_server.Url("/whoami"))).Right();

        Assert.That(response.BodyText, Is.EqualTo(_tppClient.Subject));
        Assert.That(config.TransportCredentials!.ClientCertificate!.TargetCertificate.HasPrivateKey, Is.True);
    }

    [Test]
    public async Task Credentials_attached_to_a_config_are_used_instead_of_its_files()
    {
        using var credentials = TransportCredentials.Create(_tppClient, [_bankCa]);
        var config = TestConfig.Valid().WithTransportCredentials(credentials);

        using var interpreter = HttpClientInterpreter.Create(config).Right();
        var response = await interpreter.Send(Get(_server.Url("/whoami"))).Right();

        Assert.That(response.BodyText, Is.EqualTo(_tppClient.Subject));
        Assert.That(TestConfig.Valid().TransportCredentials, Is.Null);
    }

    [Test]
    public void Unreadable_pem_files_are_one_config_error_listing_each()
    {
        var garbage = Path.Combine(_folder, "garbage.pem");
        File.WriteAllText(garbage, "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");
        var config = TestConfig.Validated(TestConfig.Raw() with
        {
            TransportCertFile = Path.Combine(_folder, "missing.pem"),
            TransportKeyFile = Path.Combine(_folder, "missing.key"),
            CaBundleFile = garbage,
        });

        var error = (ConfigError)HttpClientInterpreter.Create(config).Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EqualTo(new[] { "transport_cert_file", "transport_key_file", "ca_bundle_file" }));
    }

    [Test]
    public void A_key_that_does_not_match_the_certificate_is_a_config_error()
    {
        var (certFile, _) = TestCertificates.WritePem(_tppClient, _folder, "mismatch");
        var (_, otherKey) = TestCertificates.WritePem(TestCertificates.CreateClient(_tppCa), _folder, "other");

        var error = TransportCredentials.Load(TestConfig.Raw() with { TransportCertFile = certFile, TransportKeyFile = otherKey }).Left();

        Assert.That(error.Problems.Single().Reason, Does.Contain("not a usable PEM certificate and matching private key"));
    }

    [Test]
    public void A_config_file_reports_bad_fields_and_unreadable_files_together()
    {
        var path = Path.Combine(_folder, "bank.json");
        File.WriteAllText(path, """
            {
              "auth_server_issuer": "https://aspsp.example.com",
              "authorization_endpoint": "https://aspsp.example.com/auth",
              "token_endpoint": "http://aspsp.example.com/token",
              "resource_endpoint": "https://aspsp.example.com",
              "client_id": "abc",
              "token_endpoint_auth_method": "tls_client_auth",
              "registered_redirect_url": "https://tpp.example.com/cb",
              "transport_cert_file": "certs/transport.pem",
              "transport_key_file": "certs/transport.key"
            }
            """);

        var error = ConfigFile.Load(path).Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EqualTo(new[] { "token_endpoint", "transport_cert_file", "transport_key_file" }));
        Assert.That(error.Problems[1].Reason, Does.Contain(Path.Combine(_folder, "certs", "transport.pem")), "relative paths resolve from the config file's folder");
    }

    [Test]
    public void A_config_file_reports_wrong_values_with_the_validation_problems_of_the_rest()
    {
        var path = Path.Combine(_folder, "mixed.json");
        File.WriteAllText(path, """{ "client_id": 42, "kidd": "x", "token_endpoint": "http://aspsp.example.com/token" }""");

        var error = ConfigFile.Load(path).Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.SupersetOf(new[] { "client_id", "kidd", "token_endpoint", "auth_server_issuer", "transport_cert_file" }));
        Assert.That(error.Problems.Count(p => p.Field == "client_id"), Is.EqualTo(1), "a wrong value is not also reported as missing");
    }

    [Test]
    public void A_good_config_file_loads()
    {
        var certs = Directory.CreateDirectory(Path.Combine(_folder, "good", "certs")).FullName;
        TestCertificates.WritePem(_tppClient, certs, "transport");
        var path = Path.Combine(_folder, "good", "bank.json");
        File.WriteAllText(path, ApiConfigJson.Write(TestConfig.Raw() with { TransportCertFile = "certs/transport.pem", TransportKeyFile = "certs/transport.key" }));

        var config = ConfigFile.Load(path).Right();

        Assert.That(config.TransportFiles.CertificateFile, Is.EqualTo(Path.Combine(certs, "transport.pem")));
    }

    [Test]
    public async Task A_hand_built_header_with_a_line_break_is_never_sent()
    {
        using var interpreter = Interpreter(trust: _bankCa);
        var request = new HttpRequestSpec("GET test", HttpMethod.Get, _server.Url("/whoami"),
            [KeyValuePair.Create("x-customer-user-agent", "ua\r\nX-Injected: 1")], RequestBody.None);

        var error = await interpreter.Send(request).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("headers"));
    }

    [Test]
    public async Task A_content_header_among_the_request_headers_is_a_validation_error_not_an_exception()
    {
        using var interpreter = Interpreter(trust: _bankCa);
        var request = new HttpRequestSpec("GET test", HttpMethod.Get, _server.Url("/whoami"),
            [KeyValuePair.Create("Content-Type", "text/plain")], RequestBody.None);

        var error = await interpreter.Send(request).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property("Check").EqualTo("headers"));
        Assert.That(error.ToString(), Does.Contain("'Content-Type'"));
    }

    [Test]
    public async Task A_relative_uri_is_a_validation_error_not_an_exception()
    {
        using var interpreter = Interpreter(trust: _bankCa);

        var error = await interpreter.Send(Get(new Uri("/whoami", UriKind.Relative))).Left();

        Assert.That(error, Is.TypeOf<ValidationError>().With.Property("Check").EqualTo("uri"));
    }

    [Test]
    public async Task An_interpreter_over_your_http_client_sends_through_it_and_leaves_it_usable_once_disposed()
    {
        using var credentials = TransportCredentials.Create(_tppClient, [_bankCa]);
        using var client = new HttpClient(HttpClientInterpreter.MutualTlsHandler(credentials, TimeSpan.FromSeconds(10)));
        var interpreter = new HttpClientInterpreter(client, TimeSpan.FromSeconds(10));

        var response = await interpreter.Send(Get(_server.Url("/whoami"))).Right();
        interpreter.Dispose();
        var afterwards = await client.GetStringAsync(_server.Url("/whoami"));

        Assert.That(response.BodyText, Is.EqualTo(_tppClient.Subject));
        Assert.That(afterwards, Is.EqualTo(_tppClient.Subject));
    }

    [Test]
    public async Task Over_your_http_client_a_slow_answer_is_still_a_timeout_error()
    {
        using var credentials = TransportCredentials.Create(_tppClient, [_bankCa]);
        using var client = new HttpClient(HttpClientInterpreter.MutualTlsHandler(credentials, TimeSpan.FromSeconds(10)));
        using var interpreter = new HttpClientInterpreter(client, TimeSpan.FromMilliseconds(300));

        var error = (TransportError)await interpreter.Send(Get(_server.Url("/slow"))).Left();

        Assert.That(error.Failure, Is.EqualTo(TransportFailure.Timeout));
        Assert.That(error.Cause, Does.Contain("0.3 s"));
    }
}
