using System.Net;
using System.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockAspsp.Features.Aisp;
using MockAspsp.Features.Discovery;
using MockAspsp.Features.OAuth;
using MockAspsp.Features.Pisp;
using MockAspsp.Fapi;

namespace MockAspsp.Hosting;

/// <summary>
/// Builds the mock bank: Kestrel on HTTPS asking every client for a certificate (the token, consent and resource
/// endpoints require one; discovery, JWKS and the PSU's pages work without), the feature groups (discovery, OAuth, accounts, payments), and the
/// FAPI header and error handling around them. Tests swap Kestrel for TestServer through <c>configure</c>.
/// </summary>
public static class MockAspspApp
{
    /// <summary>Creates the mock bank's web application (not yet started).</summary>
    /// <param name="args">Command-line arguments (<c>--config file.json</c>, <c>--MockAspsp:Url=...</c>).</param>
    /// <param name="options">The configuration; read from <c>appsettings.json</c>, <c>--config</c> and the environment when null.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    /// <param name="ids">Token and id source; random when null.</param>
    /// <param name="configure">A last change to the builder (tests: <c>b =&gt; b.WebHost.UseTestServer()</c>).</param>
    public static WebApplication Create(
        string[] args, MockAspspOptions? options = null, TimeProvider? time = null, MockIds? ids = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["config"] is { Length: > 0 } file)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        options ??= builder.Configuration.GetSection(MockAspspOptions.Section).Get<MockAspspOptions>() ?? new MockAspspOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            // A mock that starts with a broken configuration fails later, on some request, with a 500; fail now instead.
            throw new InvalidOperationException($"The mock bank's configuration cannot be used: {string.Join("; ", problems)}.");
        }
        time ??= TimeProvider.System;
        var pki = MockPki.LoadOrCreate(options.CertificatesFolder, time.GetUtcNow());
        var bank = new MockBank(options, pki, time, ids ?? MockIds.Random);
        builder.Services.AddSingleton(bank);
        builder.Services.AddSingleton<ResourceGuard>();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var url = new Uri(options.Url);
            var address = url.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(url.Host.Trim('[', ']'));
            kestrel.Listen(address, url.Port, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = pki.ServerCertificate;
                https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                // Ask every client for a certificate, accept any at the TLS layer, and check it in the application, so
                // a refused certificate gets an answer in the OAuth or OBIE error model instead of a dropped connection.
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();
            }));
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(FapiHeaders.Middleware);
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Request.Path.StartsWithSegments("/open-banking") && http.Response.StatusCode is 404 or 405)
            {
                var error = http.Response.StatusCode == 404
                    ? new ObError(404, ObCodes.NotFound, $"there is no resource at {http.Request.Path}")
                    : new ObError(405, ObCodes.UnexpectedError, $"{http.Request.Method} is not allowed on {http.Request.Path}");
                await error.ToResult().ExecuteAsync(http);
            }
        });
        app.MapDiscovery();
        app.MapOAuth();
        app.MapAisp();
        app.MapPisp();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (options.Issuer is null)
            {
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
                bank.Issuer.Set(addresses?.FirstOrDefault() ?? options.Url);
            }
        });
        return app;
    }
}
