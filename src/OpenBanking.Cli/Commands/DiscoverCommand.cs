using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using OpenBanking.Cli.Support;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Io;
using OpenBanking.Core.Protocol;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary><c>obx discover</c>: reads a bank's OpenID Provider metadata and writes a config skeleton from it.</summary>
public static class DiscoverCommand
{
    private static readonly string[] Preferred = ["private_key_jwt", "tls_client_auth", "client_secret_basic", "client_secret_post"];

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var issuer = new Option<string>("--issuer") { Description = "The bank's issuer URL (its discovery document is at {issuer}/.well-known/openid-configuration)", Required = true };
        var output = new Option<string>("--out") { Description = "The config file to write", DefaultValueFactory = _ => "bank.json" };
        var caBundle = new Option<string?>("--ca-bundle") { Description = "PEM file of the CA to trust for the bank's server certificate (a sandbox's private CA)" };
        var certs = new Option<string>("--certs") { Description = "The folder obx certs wrote, relative to the config file", DefaultValueFactory = _ => "certs" };
        var force = new Option<bool>("--force") { Description = "Overwrite the config file" };
        var command = new Command("discover", "Write a config skeleton from a bank's discovery document") { issuer, output, caBundle, certs, force };
        command.SetAction((parse, cancellation) => Run(environment, parse.GetValue(issuer)!, parse.GetValue(output)!, parse.GetValue(caBundle), parse.GetValue(certs)!,
            parse.GetValue(force), cancellation));
        return command;
    }

    private static async Task<int> Run(
        ObxEnvironment environment, string issuer, string output, string? caBundle, string certificates, bool force, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri) || issuerUri.Scheme != Uri.UriSchemeHttps)
        {
            return new Problem($"--issuer '{issuer}' must be an absolute https URL, e.g. https://auth1.sandbox.example.com").Report(environment.Error);
        }

        var path = environment.Resolve(output);
        if (Directory.Exists(path))
        {
            return new Problem($"--out {path} is a folder; name the config file to write").Report(environment.Error);
        }

        if (File.Exists(path) && !force)
        {
            return new Problem($"{path} exists; use --force to overwrite it").Report(environment.Error);
        }

        var roots = new X509Certificate2Collection();
        if (caBundle is not null)
        {
            try
            {
                roots.ImportFromPemFile(environment.Resolve(caBundle));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                return new Problem($"--ca-bundle {caBundle}: {e.Message}").Report(environment.Error);
            }
        }

        // Discovery needs no client certificate; the server's is still checked (system roots, or --ca-bundle).
        using var http = new HttpClientInterpreter(TransportCredentials.Create(null, roots), TimeSpan.FromSeconds(30));
        var document = await (
            from response in http.Send(Discovery.ConfigurationRequest(issuer), cancellation)
            from parsed in Discovery.ParseConfiguration(response, issuer).ToAsync()
            select parsed).ToEither();
        return document.Match(
            Right: d =>
            {
                var config = Skeleton(d, caBundle is null ? null : environment.Resolve(caBundle), certificates);
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, ApiConfigJson.Write(config));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return new Problem($"cannot write {path}: {e.Message}").Report(environment.Error);
                }

                environment.Console.MarkupLine($"Wrote [bold]{TerminalText.Markup(path)}[/] from {TerminalText.Markup(issuer)}'s discovery document.");
                environment.Console.MarkupLine("Fill in the values in angle brackets: resource_endpoint, client_id, the secret or signing key and kid, the redirect URL, and the transport certificate files.");
                return ExitCodes.Success;
            },
            // This command's own option for a private CA is --ca-bundle (the config's key is ca_bundle_file).
            Left: error => new Problem(Problem.From(error, "discovery").Message.Replace("set ca_bundle_file", "use --ca-bundle", StringComparison.Ordinal)
                .Replace("root in ca_bundle_file", "root in --ca-bundle", StringComparison.Ordinal)).Report(environment.Error));
    }

    private static ApiConfig Skeleton(DiscoveryDocument document, string? caBundle, string certificates)
    {
        var method = Preferred.FirstOrDefault(m => document.TokenEndpointAuthMethodsSupported?.Contains(m) ?? false) ?? "private_key_jwt";
        var idTokenAlg = document.IdTokenSigningAlgValuesSupported?.FirstOrDefault(JwsAlgorithms.Supported.Contains) ?? JwsAlgorithms.PS256;
        var signingAlg = document.RequestObjectSigningAlgValuesSupported?.Contains(JwsAlgorithms.PS256) == false
            && document.RequestObjectSigningAlgValuesSupported.Contains(JwsAlgorithms.ES256) ? JwsAlgorithms.ES256 : JwsAlgorithms.PS256;
        return new ApiConfig
        {
            AuthServerIssuer = document.Issuer,
            AuthorizationEndpoint = document.AuthorizationEndpoint,
            TokenEndpoint = document.MtlsEndpointAliases?.GetValueOrDefault("token_endpoint") ?? document.TokenEndpoint,
            JwksUri = document.JwksUri,
            ResourceEndpoint = "<the resource server's base URL, from the bank's developer portal>",
            ClientId = "<your client_id at this bank>",
            ClientSecret = method.StartsWith("client_secret", StringComparison.Ordinal) ? "<your client secret>" : null,
            TokenEndpointAuthMethod = method,
            SigningKey = "<the contents of signing.key>",
            SigningAlg = signingAlg,
            Kid = "<your signing key's kid>",
            IdTokenSigningAlg = idTokenAlg,
            RegisteredRedirectUrl = "<your registered redirect URL>",
            TransportCertFile = Path.Combine(certificates, "transport.pem"),
            TransportKeyFile = Path.Combine(certificates, "transport.key"),
            CaBundleFile = caBundle,
        };
    }
}
