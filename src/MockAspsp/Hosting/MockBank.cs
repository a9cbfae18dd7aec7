using System.Security.Cryptography.X509Certificates;
using LanguageExt;
using Microsoft.AspNetCore.Http;
using MockAspsp.Domain;
using MockAspsp.Features.OAuth;

namespace MockAspsp.Hosting;

/// <summary>What every handler needs, in one place: configuration, clock, ids, the store, clients, PSUs, keys.</summary>
public sealed class MockBank
{
    private readonly Fapi.TransportCertificates _transportCertificates;

    /// <summary>Creates the bank's services.</summary>
    public MockBank(MockAspspOptions options, MockPki pki, TimeProvider time, MockIds ids)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pki);
        Options = options;
        Pki = pki;
        Time = time;
        Ids = ids;
        Issuer = new BankIssuer();
        if (options.Issuer is { } issuer)
        {
            Issuer.Set(issuer);
        }

        Clients = new ClientDirectory(options.Clients.Count > 0 ? options.Clients : ClientDirectory.DemoClients(pki));
        Psus = new PsuDirectory(options.Psus);
        Logins = new PsuLoginGuard(Psus);
        IdTokens = new IdTokens(pki, Issuer, options);
        Signer = new Fapi.ResponseSigner(pki, options);
        TrustedClientCas = [pki.TppCa, .. options.TrustedClientCaFiles.SelectMany(LoadCas)];
        _transportCertificates = new Fapi.TransportCertificates(TrustedClientCas);
    }

    /// <summary>The configuration.</summary>
    public MockAspspOptions Options { get; }

    /// <summary>Certificates and keys.</summary>
    public MockPki Pki { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where tokens, codes and ids come from.</summary>
    public MockIds Ids { get; }

    /// <summary>The issuer and endpoint URLs.</summary>
    public BankIssuer Issuer { get; }

    /// <summary>The bank's memory.</summary>
    public BankStore Store { get; } = new();

    /// <summary>Registered clients.</summary>
    public ClientDirectory Clients { get; }

    /// <summary>PSU logins.</summary>
    public PsuDirectory Psus { get; }

    /// <summary>PSU logins with their lockout.</summary>
    internal PsuLoginGuard Logins { get; }

    /// <summary>The id_token signer.</summary>
    public IdTokens IdTokens { get; }

    /// <summary>The signer of the bank's payment responses (x-jws-signature).</summary>
    public Fapi.ResponseSigner Signer { get; }

    /// <summary>CAs whose transport certificates are trusted.</summary>
    public IReadOnlyList<X509Certificate2> TrustedClientCas { get; }

    /// <summary>The connection's transport certificate, checked (present, trusted, valid at <paramref name="now"/>).</summary>
    public Either<string, Fapi.ClientCertificate> Certificate(HttpContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _transportCertificates.Check(context.Connection.ClientCertificate, now);
    }

    private static X509Certificate2Collection LoadCas(string file)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(file);
        return collection;
    }
}
