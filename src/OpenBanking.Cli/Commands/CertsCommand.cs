using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OpenBanking.Cli.Support;
using OpenBanking.Core.Jose;
using OpenBanking.DevTools.Certificates;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx certs</c>: the seed library's page of openssl commands in one — a CA, and a transport and a signing key with
/// certificates issued by it, as PEM files, plus the signing key's kid (its RFC 7638 thumbprint) and a JWKS.
/// </summary>
public static class CertsCommand
{
    private static readonly string[] Files = ["ca.key", "ca.pem", "transport.key", "transport.pem", "signing.key", "signing.pem", "signing.jwks.json"];

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var subject = new Option<string>("--subject") { Description = "The certificates' subject, e.g. \"C=GB,O=Ozone Financial Technology Limited,OU=exampleOU,CN=exampleCN\"", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write the files to", Required = true };
        var keyType = new Option<string>("--key-type") { Description = "rsa (2048 bits, PS256) or ec (P-256, ES256)", DefaultValueFactory = _ => "rsa" };
        keyType.AcceptOnlyFromAmong("rsa", "ec");
        var days = new Option<int>("--days") { Description = "How long the certificates are valid", DefaultValueFactory = _ => 365 };
        var force = new Option<bool>("--force") { Description = "Overwrite files that are already there" };
        var command = new Command("certs", "Make a CA, transport and signing keys and certificates for a sandbox, without openssl") { subject, output, keyType, days, force };
        command.SetAction(parse => Run(environment, parse.GetValue(subject)!, parse.GetValue(output)!, parse.GetValue(keyType)!, parse.GetValue(days), parse.GetValue(force)));
        return command;
    }

    private static int Run(ObxEnvironment environment, string subject, string output, string keyType, int days, bool force)
    {
        if (Distinguished(subject) is not { } name || Distinguished(IssuerOf(subject)) is not { } issuer)
        {
            return new Problem($"--subject '{subject}' is not a distinguished name like C=GB,O=Org,OU=Unit,CN=Name (CN required; C two capital letters)").Report(environment.Error);
        }

        if (days is < 1 or > 3650)
        {
            return new Problem("--days must be from 1 to 3650").Report(environment.Error);
        }

        var folder = environment.Resolve(output);
        var existing = Files.Where(f => File.Exists(Path.Combine(folder, f))).ToList();
        if (existing.Count > 0 && !force)
        {
            return new Problem($"{folder} already has {string.Join(", ", existing)}; use --force to overwrite them").Report(environment.Error);
        }

        try
        {
            return Write(environment, folder, name, issuer, keyType, days);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem($"cannot write the certificates to {folder}: {e.Message}").Report(environment.Error);
        }
    }

    private static int Write(ObxEnvironment environment, string folder, X500DistinguishedName name, X500DistinguishedName issuer, string keyType, int days)
    {
        Directory.CreateDirectory(folder);
        var now = environment.Time.GetUtcNow().AddMinutes(-5);
        var validity = TimeSpan.FromDays(days);
        using var ca = CertificateFactory.CreateCa(issuer.Name, now, validity + TimeSpan.FromDays(1));
        using AsymmetricAlgorithm transportKey = keyType == "ec" ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);
        using AsymmetricAlgorithm signingKey = keyType == "ec" ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);
        using var transport = CertificateFactory.IssueTransport(ca, name.Name, now, validity, transportKey);
        using var signing = CertificateFactory.IssueSigning(ca, name.Name, signingKey, now, validity);
        var jwk = signingKey is RSA rsa ? JsonWebKey.FromRsa(rsa.ExportParameters(false), "", "PS256") : JsonWebKey.FromEc(((ECDsa)signingKey).ExportParameters(false), "");
        var kid = jwk.Thumbprint();

        WriteKey(Path.Combine(folder, "ca.key"), CertificateFactory.PrivateKeyPem(ca));
        File.WriteAllText(Path.Combine(folder, "ca.pem"), CertificateFactory.CertificatePem(ca));
        WriteKey(Path.Combine(folder, "transport.key"), transportKey.ExportPkcs8PrivateKeyPem() + "\n");
        File.WriteAllText(Path.Combine(folder, "transport.pem"), CertificateFactory.CertificatePem(transport));
        WriteKey(Path.Combine(folder, "signing.key"), signingKey.ExportPkcs8PrivateKeyPem() + "\n");
        File.WriteAllText(Path.Combine(folder, "signing.pem"), CertificateFactory.CertificatePem(signing));
        File.WriteAllText(Path.Combine(folder, "signing.jwks.json"), new JsonWebKeySet([jwk with { Kid = kid }]).ToJson());

        var table = new Table().AddColumns("File", "What it is");
        table.AddRow("ca.key, ca.pem", "the CA that issued the two certificates");
        table.AddRow("transport.key, transport.pem", "the transport (mTLS client) key and certificate: transport_key_file, transport_cert_file");
        table.AddRow("signing.key, signing.pem", $"the signing key and certificate: signing_key (the PEM's contents), signing_alg {(keyType == "ec" ? "ES256" : "PS256")}");
        table.AddRow("signing.jwks.json", "the signing key's public JWKS, to register with the bank or directory");
        environment.Console.Write(table);
        environment.Console.MarkupLine($"Subject [bold]{TerminalText.Markup(transport.Subject)}[/]; signing key kid [bold]{kid}[/] (set kid to it).");
        environment.Console.MarkupLine($"Written to {TerminalText.Markup(folder)}; the .key files are readable by you only.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The subject as a distinguished name. The argument is written as sandboxes show it (C first, as openssl's -subj);
    /// .NET reads names most-specific first, so the parts are reversed to keep C first in the certificate.
    /// </summary>
    private static X500DistinguishedName? Distinguished(string subject)
    {
        var parts = subject.Split(',', StringSplitOptions.TrimEntries);
        var pairs = parts.Select(p => p.Split('=', 2)).ToList();
        if (pairs.Any(p => p.Length != 2 || p[0].Length == 0 || p[1].Length == 0 || !p[0].All(c => char.IsAsciiLetterOrDigit(c) || c == '.'))
            || !pairs.Any(p => p[0].Equals("CN", StringComparison.OrdinalIgnoreCase))
            || pairs.Any(p => p[0].Equals("C", StringComparison.OrdinalIgnoreCase) && !(p[1].Length == 2 && p[1].All(char.IsAsciiLetterUpper))))
        {
            return null;
        }

        try
        {
            return new X500DistinguishedName(string.Join(", ", parts.Reverse()));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    // The CA gets the same name with "CA" added to its CN, so issuer and subject are never confused.
    private static string IssuerOf(string subject) =>
        string.Join(",", subject.Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) ? $"{p} CA" : p));

    private static void WriteKey(string path, string pem)
    {
        File.WriteAllText(path, "");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(path, pem);
    }
}
