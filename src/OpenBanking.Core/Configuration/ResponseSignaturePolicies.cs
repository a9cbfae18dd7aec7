namespace OpenBanking.Core.Configuration;

/// <summary>The wire names of <see cref="ResponseSignaturePolicy"/> in configuration.</summary>
internal static class ResponseSignaturePolicies
{
    /// <summary>Every wire name.</summary>
    public static IReadOnlyList<string> All { get; } = ["required", "when_present"];

    /// <summary>The policy named <paramref name="name"/>, or null.</summary>
    public static ResponseSignaturePolicy? FromWireName(string? name) => name switch
    {
        "required" => ResponseSignaturePolicy.Required,
        "when_present" => ResponseSignaturePolicy.WhenPresent,
        _ => null,
    };
}
