using OpenBanking.Core.Accounts;
using System.Diagnostics;
using System.IO.Compression;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using LanguageExt;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using OpenBanking.Cli.Tests.Support;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Io;
using OpenBanking.TestSupport;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// A bank that fails in every way a network and a careless server can, over real mutual TLS. For each fault: the library
/// (the interpreter and the parser behind an accounts read or a token request) returns a precise error without throwing
/// or following anything, in bounded time and memory; and obx prints one clean line and exits 2, in bounded time and
/// memory.
/// </summary>
[NonParallelizable]
public class FaultInjectionTests
{
    private const long Mebibyte = 1024 * 1024;
    private const string Accounts = "/open-banking/v3.1/aisp/accounts";
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    private FaultBank _bank = null!;
    private byte[] _gzipBomb = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _bank = await FaultBank.StartAsync();
        // 128 MiB of zeros: about 128 KiB on the wire, twice the largest response the interpreter reads.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[Mebibyte];
            for (var i = 0; i < 128; i++)
            {
                gzip.Write(zeros);
            }
        }

        _gzipBomb = compressed.ToArray();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bank.DisposeAsync();

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    public async Task Status_5xx_with_an_html_page_is_an_http_error_with_a_clean_excerpt_and_obx_exits_2(int status)
    {
        _bank.Answer = async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html>\r\n<head><title>\u001b]0;pwned\u0007Bad gateway</title></head>\r\n<body>\u001b[2J\u202Eupstream down</body></html>");
        };

        var (error, _) = await ReadAccounts(_bank.Kestrel);
        var obx = await Obx(_bank.Kestrel, "accounts");

        var http = (HttpError)error;
        Assert.That(http.Status, Is.EqualTo(status));
        Assert.That(http.ContentType, Is.EqualTo("text/html"));
        Assert.That(http.BodyExcerpt, Does.StartWith("<html>"));
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        // The library's excerpt folds white space (CR LF included); obx shows the rest visibly.
        Assert.That(obx.Line, Does.Contain($"HTTP {status}").And.Contain(@"<html> <head><title>\e]0;pwned\aBad gateway").And.Contain(@"<body>\e[2J\u202eupstream down"));
    }

    [Test]
    public async Task Status_502_with_an_html_page_at_the_token_endpoint_stops_obx_login_with_one_line()
    {
        _bank.Answer = async context =>
        {
            context.Response.StatusCode = 502;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body>\u001b[31mBad Gateway\u001b[0m\n</body></html>");
        };

        var (error, _) = await Library(Config(_bank.Kestrel), client => client.ClientCredentialsToken().Map(t => (object)t));
        var obx = await Obx(_bank.Kestrel, "login", "--no-browser");

        Assert.That(((HttpError)error).Status, Is.EqualTo(502));
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(obx.Line, Does.StartWith("obx: creating the consent: token request").And.Contain(@"\e[31mBad Gateway"));
    }

    [TestCase(429)]
    [TestCase(503)]
    public async Task Status_429_or_503_with_retry_after_is_not_retried_and_obx_names_the_wait(int status)
    {
        var requests = 0;
        _bank.Answer = async context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = "30";
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("slow down");
        };

        var (error, _) = await ReadAccounts(_bank.Kestrel);
        var obx = await Obx(_bank.Kestrel, "accounts");

        Assert.That(((HttpError)error).Status, Is.EqualTo(status));
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(obx.Line, Does.Contain($"HTTP {status}").And.Contain("Retry-After: 30 s"));
        Assert.That(requests, Is.EqualTo(2), "one request from the library, one from obx: no retries");
    }

    [Test]
    public async Task Connection_reset_mid_body_is_a_closed_connection_error_and_obx_exits_2()
    {
        _bank.RawAnswer = async (stream, socket) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"Data\":{\"Account\":["));
            await stream.FlushAsync();
            await Task.Delay(50);
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        };

        var (error, _) = await ReadAccounts(_bank.Raw);
        var obx = await Obx(_bank.Raw, "accounts");

        Assert.That(((TransportError)error).Failure, Is.EqualTo(TransportFailure.ConnectionClosed), error.ToString());
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(obx.Line, Does.Contain("closed the connection"));
    }

    [Test]
    public async Task Truncated_json_is_a_parse_error_and_obx_exits_2()
    {
        _bank.Answer = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"Data\":{\"Account\":[{\"AccountId\":\"1\",\"Nickname\":\"\u001b[2J");
        };

        var (error, _) = await ReadAccounts(_bank.Kestrel);
        var obx = await Obx(_bank.Kestrel, "accounts");

        Assert.That(error, Is.TypeOf<ParseError>());
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(obx.Line, Does.StartWith("obx: accounts: "));
    }

    [Test]
    public async Task Garbage_bytes_instead_of_http_are_an_invalid_response_and_obx_exits_2()
    {
        _bank.RawAnswer = async (stream, _) =>
        {
            var garbage = new byte[512];
            new Random(7).NextBytes(garbage);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("\u001b[2J\u001b]0;pwned\u0007"));
            await stream.WriteAsync(garbage);
            await stream.WriteAsync("\r\n\r\n"u8.ToArray());
        };

        await AssertNotHttp();
    }

    [Test]
    public async Task An_invalid_status_line_with_escape_sequences_is_an_invalid_response_and_obx_exits_2()
    {
        _bank.RawAnswer = (stream, _) => stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 2OO \u001b]0;owned\u0007\u001b[2JOK\r\nContent-Length: 0\r\n\r\n")).AsTask();

        await AssertNotHttp();
    }

    [Test]
    public async Task Escape_sequences_in_the_reason_phrase_headers_and_body_reach_the_terminal_only_as_visible_text()
    {
        var body = Encoding.UTF8.GetBytes("<html>\u001b[2J\r\n\u202Eevil\u009b31m\u0000</html>");
        _bank.RawAnswer = async (stream, _) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                "HTTP/1.1 503 \u001b[2J\u001b]0;pwned\u0007\r\nContent-Type: text/html\r\nx-fapi-interaction-id: iid-\u001b[31mred\r\n"
                + $"Retry-After: 5\u001b[1m\r\nContent-Length: {body.Length}\r\n\r\n"));
            await stream.WriteAsync(body);
        };

        var (error, _) = await ReadAccounts(_bank.Raw);
        var obx = await Obx(_bank.Raw, "accounts");

        var http = (HttpError)error;
        Assert.That(http.Status, Is.EqualTo(503));
        Assert.That(http.ResponseInteractionId, Is.EqualTo("iid-\u001b[31mred"), "the library keeps what the bank sent; obx shows it safely");
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(obx.Line, Does.Contain(@"<html>\e[2J \u202eevil\u009b31m\0</html>").And.Contain(@"iid-\e[31mred").And.Contain(@"Retry-After: 5\e[1m"));
    }

    [Test]
    public async Task A_stall_past_the_timeout_mid_body_is_a_timeout_error_and_obx_exits_2()
    {
        _bank.Answer = async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 1000;
            await context.Response.WriteAsync("{\"Data\":");
            await context.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        };

        var (error, elapsed) = await ReadAccounts(_bank.Kestrel, TimeSpan.FromSeconds(1));
        var obx = await Obx(_bank.Kestrel, TimeSpan.FromSeconds(1), "accounts");

        Assert.That(((TransportError)error).Failure, Is.EqualTo(TransportFailure.Timeout));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        obx.FailedWithOneCleanLine(TimeSpan.FromSeconds(5), 32 * Mebibyte);
        Assert.That(obx.Line, Does.Contain("no complete answer within 1 s"));
    }

    [TestCase(301)]
    [TestCase(302)]
    [TestCase(307)]
    public async Task A_redirect_to_another_host_is_not_followed_and_obx_exits_2(int status)
    {
        _bank.Answer = context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = new Uri(_bank.Elsewhere, context.Request.Path.Value).AbsoluteUri;
            return Task.CompletedTask;
        };

        var (tokenError, _) = await Library(Config(_bank.Kestrel), client => client.ClientCredentialsToken().Map(t => (object)t));
        var (accountsError, _) = await ReadAccounts(_bank.Kestrel);
        var login = await Obx(_bank.Kestrel, "login", "--no-browser");
        var accounts = await Obx(_bank.Kestrel, "accounts");

        Assert.That(((HttpError)tokenError).Status, Is.EqualTo(status));
        Assert.That(((HttpError)accountsError).Status, Is.EqualTo(status));
        login.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        accounts.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(accounts.Line, Does.Contain($"HTTP {status}"));
        Assert.That(_bank.ElsewhereConnections, Is.Zero, "nothing followed the redirect");
    }

    [Test]
    public async Task A_100_MB_chunked_body_is_cut_off_at_the_response_cap_and_obx_exits_2()
    {
        _bank.Answer = async context =>
        {
            context.Response.ContentType = "application/json";
            var block = new byte[64 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 1600 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(block, context.RequestAborted);
            }
        };

        await AssertCutOffAtTheCap();
    }

    [Test]
    public async Task A_declared_100_MB_content_length_is_refused_before_the_body_is_read_and_obx_exits_2()
    {
        _bank.Answer = async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 100 * Mebibyte;
            await context.Response.WriteAsync("{\"Data\":", context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        };

        var (error, elapsed) = await ReadAccounts(_bank.Kestrel);
        var obx = await Obx(_bank.Kestrel, "accounts");

        AssertTooLarge(error);
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(4)), "refused on the header, not after the timeout");
        obx.FailedWithOneCleanLine(TimeSpan.FromSeconds(4), 16 * Mebibyte);
    }

    [Test]
    public async Task Gzip_bomb_is_cut_off_at_the_response_cap_and_obx_exits_2()
    {
        _bank.Answer = async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = _gzipBomb.Length;
            await context.Response.Body.WriteAsync(_gzipBomb, context.RequestAborted);
        };

        await AssertCutOffAtTheCap();
    }

    /// <summary>Reads accounts from the raw listener with the library and with obx: both say the answer was not HTTP.</summary>
    private async Task AssertNotHttp()
    {
        var (error, _) = await ReadAccounts(_bank.Raw);
        var obx = await Obx(_bank.Raw, "accounts");

        Assert.That(((TransportError)error).Failure, Is.EqualTo(TransportFailure.InvalidResponse), error.ToString());
        obx.FailedWithOneCleanLine(Quick, 32 * Mebibyte);
        Assert.That(obx.Line, Does.Contain("did not answer in HTTP"));
    }

    /// <summary>Reads accounts with the library and with obx: both stop at the 16 MiB cap, quickly.</summary>
    private async Task AssertCutOffAtTheCap()
    {
        var (error, elapsed) = await ReadAccounts(_bank.Kestrel);
        var obx = await Obx(_bank.Kestrel, "accounts");

        AssertTooLarge(error);
        Assert.That(elapsed, Is.LessThan(Quick));
        obx.FailedWithOneCleanLine(Quick, 48 * Mebibyte);
        Assert.That(obx.Line, Does.Contain("more than 16 MiB"));
    }

    private Task<(OpenBankingError Error, TimeSpan Elapsed)> ReadAccounts(Uri bank, TimeSpan? timeout = null) =>
        Library(Config(bank, timeout), client => client.Send("access-token-fault", AccountInformation.Accounts()).Map(p => (object)p));

    private static void AssertTooLarge(OpenBankingError error)
    {
        Assert.That(error, Is.TypeOf<TransportError>(), error.ToString());
        Assert.That(((TransportError)error).Failure, Is.EqualTo(TransportFailure.ResponseTooLarge), error.ToString());
        Assert.That(error.ToString(), Does.Contain("more than 16 MiB"));
    }

    private string Config(Uri bank, TimeSpan? timeout = null) => _bank.WriteConfig(bank, timeout ?? TimeSpan.FromSeconds(5), DateTimeOffset.UtcNow);

    private Task<ObxRun> Obx(Uri bank, params string[] command) => Obx(bank, TimeSpan.FromSeconds(5), command);

    private Task<ObxRun> Obx(Uri bank, TimeSpan timeout, params string[] command) =>
        ObxRun.Of(_bank.Folder, [.. command, "--config", Config(bank, timeout)]);

    /// <summary>
    /// Runs <paramref name="call"/> through the library over real mutual TLS; the error it must end in, and how long
    /// it took. An exception fails the test (errors are values), as does a call that needed more than 48 MiB.
    /// </summary>
    private static async Task<(OpenBankingError Error, TimeSpan Elapsed)> Library(
        string configPath, Func<AccountInformationClient, EitherAsync<OpenBankingError, object>> call)
    {
        var config = ConfigFile.Load(configPath).Right();
        using var http = HttpClientInterpreter.Create(config).Right();
        var client = new AccountInformationClient(config, http);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = await call(client).ToEither();

        var elapsed = clock.Elapsed;
        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - allocated, Is.LessThan(48 * Mebibyte), "bounded memory in the library");
        return (result.Left(), elapsed);
    }
}
