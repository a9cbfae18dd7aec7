namespace OpenBanking.Core.Configuration;

/// <summary>The wire names of <see cref="ResponseType"/> values.</summary>
public static class ResponseTypes
{
    private static readonly (ResponseType Type, string Name)[] Names =
    [
        (ResponseType.CodeIdToken, "code id_token"),
        (ResponseType.Code, "code"),
    ];

    /// <summary>The wire name, e.g. <c>code id_token</c>.</summary>
    public static string ToWireName(this ResponseType type) =>
        Names.First(n => n.Type == type).Name;

    /// <summary>True when the bank's answer carries an id_token in the redirect (the hybrid flow).</summary>
    public static bool CarriesIdToken(this ResponseType type) => type == ResponseType.CodeIdToken;

    /// <summary>The response type with wire name <paramref name="name"/> (exactly, as OAuth compares it), or null.</summary>
    public static ResponseType? FromWireName(string? name) =>
        Names.FirstOrDefault(n => n.Name == name) is { Name: not null } found ? found.Type : null;
}
