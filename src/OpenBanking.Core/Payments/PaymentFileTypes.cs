namespace OpenBanking.Core.Payments;

/// <summary>The file formats of a file payment (<c>Initiation.FileType</c>, a namespaced enumeration).</summary>
public static class PaymentFileTypes
{
    /// <summary>A JSON file of domestic payments: <c>{"Data": {"DomesticPayments": [ …initiations… ]}}</c> (File Payments, usage examples).</summary>
    public const string PaymentInitiation31 = "UK.OBIE.PaymentInitiation.3.1";

    /// <summary>An ISO 20022 customer credit transfer initiation (pain.001.001.08) XML file.</summary>
    public const string Pain00100108 = "UK.OBIE.pain.001.001.08";

    /// <summary>The file types the spec lists.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { PaymentInitiation31, Pain00100108 };
}
