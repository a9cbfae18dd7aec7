using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace OpenBanking.TestSupport;

/// <summary>
/// A Kestrel HTTPS server on 127.0.0.1, port 0, that requires a client certificate issued by a given CA, as a bank's
/// mTLS endpoints do: the test servers map their own answers on it, then start it.
/// </summary>
public static class MutualTlsHost
{
    /// <summary>An unstarted app serving <paramref name="serverCertificate"/> and requiring a client certificate from <paramref name="clientCa"/>.</summary>
    public static WebApplication Create(X509Certificate2 serverCertificate, X509Certificate2 clientCa)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = serverCertificate;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (certificate, _, _) => TestCertificates.IssuedBy(certificate, clientCa);
        })));
        return builder.Build();
    }
}
