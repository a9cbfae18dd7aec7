using System.Security.Cryptography;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Tests.Support;

/// <summary>Keys generated once per test run; nothing is read from disk and nothing is a real credential.</summary>
internal static class TestKeys
{
    private static readonly Lazy<RSA> TppRsaKey = new(() => RSA.Create(2048));
    private static readonly Lazy<ECDsa> TppEcKey = new(() => ECDsa.Create(ECCurve.NamedCurves.nistP256));
    private static readonly Lazy<RSA> BankRsaKey = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> OtherRsaKey = new(() => RSA.Create(2048));

    public const string TppKid = "tpp-signing-kid";
    public const string BankKid = "bank-signing-kid";

    public static RSA TppRsa => TppRsaKey.Value;

    public static ECDsa TppEc => TppEcKey.Value;

    public static RSA BankRsa => BankRsaKey.Value;

    /// <summary>A key nobody trusts: for signatures that must not verify.</summary>
    public static RSA OtherRsa => OtherRsaKey.Value;

    public static string TppRsaPem => TppRsa.ExportPkcs8PrivateKeyPem();

    public static string TppEcPem => TppEc.ExportPkcs8PrivateKeyPem();

    public static JsonWebKeySet BankJwks =>
        new([JsonWebKey.FromRsa(BankRsa.ExportParameters(false), BankKid, JwsAlgorithms.PS256)]);
}
