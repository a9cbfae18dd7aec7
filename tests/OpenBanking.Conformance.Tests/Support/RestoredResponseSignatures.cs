using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LanguageExt;
using MockAspsp.TestSupport;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>
/// Puts back the bank's response signatures a recording scrubbed, for a replay. A fixture keeps every x-jws-signature's
/// protected header and replaces its signature with <c>&lt;signature&gt;</c>; the library, which believes a payment answer
/// only with its signature verified, rightly refuses that. The in-memory bank signed those answers with its published
/// TEST key (fixtures/recorded/TEST-KEY-mock-bank-id-token-signing.pem, whose public half is in the recorded JWKS
/// answer), so the signature is made again here with that key, over the answer's bytes as replayed and under the
/// recorded header, unchanged: the library then checks all it checks against a live bank — alg, kid, crit, iss, tan,
/// iat, and the signature over the exact bytes it receives. What it cannot show is that the bank's original signature
/// was good (the live end-to-end tests show that), nor catch an answer body edited in the fixture by hand.
/// </summary>
public sealed class RestoredResponseSignatures(IRequestInterpreter inner) : IRequestInterpreter
{
    private const string Header = "x-jws-signature";
    private const string Scrubbed = "..<signature>";

    private static readonly Lazy<RSA> TestKey = new(() =>
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(TestPki.BankSigningKeyPem());
        return rsa;
    });

    /// <summary>How many answers got their signature back.</summary>
    public int Restored { get; private set; }

    /// <inheritdoc />
    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default) =>
        inner.Send(request, cancellationToken).Map(Restore);

    private HttpResponseSpec Restore(HttpResponseSpec response)
    {
        if (response.Header(Header) is not { } value || !value.EndsWith(Scrubbed, StringComparison.Ordinal))
        {
            return response;
        }

        var encodedHeader = value[..^Scrubbed.Length];
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(encodedHeader))!.AsObject();
        // RFC 7515 §5.1 signing input; RFC 7797 §3 when the header says b64 false (a bank before v3.1.4).
        var unencoded = header["b64"]?.GetValueKind() == JsonValueKind.False;
        byte[] input = [.. Encoding.ASCII.GetBytes(encodedHeader + "."), .. unencoded ? response.Body.ToArray() : Encoding.ASCII.GetBytes(Base64Url.EncodeToString(response.Body.Span))];
        var signature = TestKey.Value.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        Restored++;
        return response with
        {
            Headers = [.. response.Headers.Select(h => string.Equals(h.Key, Header, StringComparison.OrdinalIgnoreCase)
                ? KeyValuePair.Create(h.Key, $"{encodedHeader}..{Base64Url.EncodeToString(signature)}")
                : h)],
        };
    }
}
