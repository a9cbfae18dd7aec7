using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Support;

/// <summary>
/// A real Kestrel HTTPS server on 127.0.0.1, port 0, that requires a client certificate issued by
/// <c>clientCa</c>, as a bank's mTLS endpoints do.
/// </summary>
internal sealed class TlsTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TlsTestServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<TlsTestServer> StartAsync(X509Certificate2 serverCertificate, X509Certificate2 clientCa)
    {
        var app = MutualTlsHost.Create(serverCertificate, clientCa);
        app.MapGet("/whoami", (HttpContext context) => Results.Text(context.Connection.ClientCertificate?.Subject ?? "none"));
        app.MapPost("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            context.Response.Headers["x-fapi-interaction-id"] = context.Request.Headers["x-fapi-interaction-id"].ToString();
            return Results.Text(
                $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}\n"
                + $"content-type: {context.Request.ContentType}\nauthorization: {context.Request.Headers.Authorization}\n{body}",
                "text/plain");
        });
        app.MapGet("/slow", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), aborted);
            return Results.Text("late");
        });
        app.MapGet("/redirect", () => Results.Redirect("https://example.com/elsewhere"));
        await app.StartAsync();
        var address = app.Urls.Single();
        return new TlsTestServer(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public Uri Url(string path) => new(BaseUri, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

}
