using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenBanking.TestSupport;

/// <summary>
/// Finds what looks like a secret in text that is meant to hold none (fixtures, approved snapshots, recorded demo
/// output): PEM private keys, signed JWTs, Bearer and Basic credentials, the secret members of token requests and
/// answers with a value that is not a placeholder, and the bare 256-bit random values the mock bank issues as tokens and
/// codes. A finding never carries the secret itself, only where it is, its kind and its first characters.
/// </summary>
/// <remarks>
/// The documented test doubles are allowed by name, not by pattern: a signed JWT passes only when its signature verifies
/// with one of the published TEST keys handed in (the mock bank's id_token key kept in fixtures/recorded), and a PEM
/// private key only in a file whose name starts with <c>TEST-KEY-</c>.
/// </remarks>
public static partial class SecretShapes
{
    /// <summary>The file-name prefix that marks a published test key, which guards nothing.</summary>
    public const string TestKeyPrefix = "TEST-KEY-";

    /// <summary>What looks like a secret in <paramref name="text"/>, found in <paramref name="source"/>.</summary>
    /// <param name="source">Where the text came from (a path), for the findings and for the TEST-KEY- allowance.</param>
    /// <param name="text">The text.</param>
    /// <param name="testKeys">Public keys of the documented test doubles: a JWT one of them verifies is allowed.</param>
    public static IReadOnlyList<SecretFinding> Find(string source, string text, IReadOnlyList<AsymmetricAlgorithm> testKeys)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(testKeys);
        var findings = new List<SecretFinding>();
        void Add(string kind, Match match, Group value) => findings.Add(new SecretFinding(source, LineOf(text, match.Index), kind, Preview(value.Value)));

        if (!Path.GetFileName(source).StartsWith(TestKeyPrefix, StringComparison.Ordinal))
        {
            foreach (Match match in PrivateKey().Matches(text))
            {
                Add("PEM private key", match, match.Groups[0]);
            }
        }

        foreach (Match match in SignedJwt().Matches(text))
        {
            if (!testKeys.Any(key => VerifiesWith(match.Value, key)))
            {
                Add("signed JWT not signed by a published TEST key", match, match.Groups[0]);
            }
        }

        foreach (Match match in SchemeCredential().Matches(text))
        {
            Add($"{match.Groups["scheme"].Value} credential", match, match.Groups["value"]);
        }

        foreach (var pattern in new[] { JsonMember(), FormPair(), QueryPair() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                Add($"{match.Groups["name"].Value} with a real value", match, match.Groups["value"]);
            }
        }

        foreach (Match match in RandomValue().Matches(text))
        {
            Add("256-bit random value (the shape of the mock bank's tokens and codes)", match, match.Groups[0]);
        }

        return findings;
    }

    /// <summary>The public key in a PEM file (a private key's public half, or a public key).</summary>
    public static AsymmetricAlgorithm PublicKeyFromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (pem.Contains("EC PRIVATE KEY", StringComparison.Ordinal) || pem.Contains("BEGIN EC", StringComparison.Ordinal))
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return ec;
        }

        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (ArgumentException)
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return ec;
        }
    }

    private static bool VerifiesWith(string jws, AsymmetricAlgorithm key)
    {
        var parts = jws.Split('.');
        var input = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        byte[] signature;
        string? alg;
        try
        {
            // Read independently of the library under test: this check must not share its bugs.
            signature = Base64Url.DecodeFromChars(parts[2]);
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            alg = header.RootElement.TryGetProperty("alg", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return false;
        }

        return (key, alg) switch
        {
            (RSA rsa, "PS256") => rsa.VerifyData(input, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            (RSA rsa, "RS256") => rsa.VerifyData(input, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            (ECDsa ec, "ES256") => ec.VerifyData(input, signature, HashAlgorithmName.SHA256),
            _ => false,
        };
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Enough to find the value by eye, too little to use it.</summary>
    private static string Preview(string value) => value.Length <= 4 ? $"({value.Length} chars)" : $"{value[..4]}… ({value.Length} chars)";

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{16,}")]
    private static partial Regex SignedJwt();

    [GeneratedRegex(@"\b(?<scheme>Bearer|Basic)\s+(?<value>(?!<)[A-Za-z0-9._~+/=-]{8,})", RegexOptions.IgnoreCase)]
    private static partial Regex SchemeCredential();

    /// <summary>A JSON member: <c>"access_token": "…"</c>.</summary>
    [GeneratedRegex("\"(?<name>access_token|refresh_token|client_secret|code|password)\"\\s*:\\s*\"(?<value>(?!<)[^\"]+)\"")]
    private static partial Regex JsonMember();

    /// <summary>A form field as fixtures write it: <c>["code", "…"]</c>.</summary>
    [GeneratedRegex("\\[\\s*\"(?<name>access_token|refresh_token|client_secret|code|password)\"\\s*,\\s*\"(?<value>(?!<)[^\"]+)\"\\s*\\]")]
    private static partial Regex FormPair();

    /// <summary>A form or URL parameter: <c>code=…</c>; placeholders, percent-encoded or not, are allowed.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?<name>access_token|refresh_token|client_secret|code|password)=(?<value>(?!<|%3C|%3c)[^&\s""'<#]+)")]
    private static partial Regex QueryPair();

    // A padded base64 SHA-256 (a payment file's FileHash) is 43 characters and "=": a digest, not an unpadded base64url token.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_=-])")]
    private static partial Regex RandomValue();
}
