using System.Security.Cryptography;
using MockAspsp.Hosting;

namespace MockAspsp.TestSupport;

/// <summary>
/// One certificates folder per test run, made at the fake clock's time (so the in-memory bank's validity checks
/// pass whatever today's date is), and shared by every in-memory bank. The bank signs id_tokens with the committed
/// TEST key (fixtures/recorded/TEST-KEY-mock-bank-id-token-signing.pem), so its JWKS is the same in every run and
/// recorded fixtures can keep id_token signatures that a replay verifies; every other key is made fresh.
/// </summary>
public static class TestPki
{
    /// <summary>The resource name of the bank's TEST signing key (the file beside the recorded fixtures).</summary>
    public const string BankSigningTestKey = "TEST-KEY-mock-bank-id-token-signing.pem";

    private static readonly Lazy<string> Made = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("mock-aspsp-tests-").FullName;
        // MockPki loads bank-signing.key when it is there, and makes the rest.
        File.WriteAllText(Path.Combine(folder, "bank-signing.key"), BankSigningKeyPem());
        MockPki.LoadOrCreate(folder, TestBank.Start);
        return folder;
    });

    /// <summary>The folder.</summary>
    public static string Folder => Made.Value;

    /// <summary>The bank's TEST signing key, PEM (with the file's TEST KEY note before it).</summary>
    public static string BankSigningKeyPem()
    {
        using var stream = typeof(TestPki).Assembly.GetManifestResourceStream(BankSigningTestKey)
            ?? throw new InvalidOperationException($"the embedded resource {BankSigningTestKey} is missing from {typeof(TestPki).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The public half of the bank's TEST signing key.</summary>
    public static RSAParameters BankSigningPublicKey()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(BankSigningKeyPem());
        return rsa.ExportParameters(false);
    }
}
