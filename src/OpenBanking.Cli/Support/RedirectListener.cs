using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenBanking.Cli.Support;

/// <summary>
/// Catches the redirect back from the bank on a loopback redirect URI (RFC 8252 §7.3). The hybrid flow answers in the
/// fragment, which a browser never sends to a server, so the page served at the redirect path posts
/// <c>location.hash</c> back to <c>{path}/fragment</c>; answers in the query are taken at once.
/// </summary>
public sealed class RedirectListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<string> _redirect = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RedirectListener(WebApplication app) => _app = app;

    /// <summary>True when <paramref name="redirectUri"/> is http on a loopback address with a port: a URI obx can listen on.</summary>
    public static bool CanListen(Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        return redirectUri.Scheme == Uri.UriSchemeHttp && redirectUri.IsLoopback && !redirectUri.IsDefaultPort;
    }

    /// <summary>Starts listening on <paramref name="redirectUri"/>'s address and port.</summary>
    public static async Task<RedirectListener> StartAsync(Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var address = redirectUri.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(redirectUri.Host.Trim('[', ']'));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, redirectUri.Port));
        var app = builder.Build();
        var listener = new RedirectListener(app);
        var path = redirectUri.AbsolutePath;
        var fragmentPath = path.TrimEnd('/') + "/fragment";
        app.MapGet(path, (HttpContext context) =>
        {
            if (context.Request.Query.ContainsKey("code") || context.Request.Query.ContainsKey("error"))
            {
                listener._redirect.TrySetResult(redirectUri.GetLeftPart(UriPartial.Path) + context.Request.QueryString);
                return Results.Content(Page("You can close this tab and go back to the terminal."), "text/html");
            }

            return Results.Content(Page("Finishing…", $$"""
                <script>
                fetch('{{fragmentPath}}', { method: 'POST', body: location.hash.substring(1) })
                  .then(() => document.body.innerHTML = '<p>You can close this tab and go back to the terminal.</p>');
                </script>
                """), "text/html");
        });
        app.MapPost(fragmentPath, async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var fragment = await reader.ReadToEndAsync(context.RequestAborted);
            listener._redirect.TrySetResult($"{redirectUri.GetLeftPart(UriPartial.Path)}#{fragment}");
            return Results.NoContent();
        });
        await app.StartAsync();
        return listener;
    }

    /// <summary>The full redirect URL, once the browser has brought it.</summary>
    public Task<string> Redirect(CancellationToken cancellationToken) => _redirect.Task.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Page(string text, string script = "") =>
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>obx</title></head><body><p>{WebUtility.HtmlEncode(text)}</p>{script}</body></html>";
}
