using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MockAspsp.TestSupport;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.EndToEnd.Resources;

/// <summary>
/// One authorised consent, as a TPP gets it with the library: BeginAccountAccess → the PSU's headless approval →
/// CompleteAccountAccess. The client and the access token are then used for the typed reads.
/// </summary>
internal sealed record AisSession(AccountInformationClient Client, string AccessToken)
{
    /// <summary>The consent window of the snapshots: three days of transactions, no statement.</summary>
    public static readonly DateTimeOffset WindowFrom = new(2026, 10, 20, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The end of <see cref="WindowFrom"/>'s window.</summary>
    public static readonly DateTimeOffset WindowTo = new(2026, 10, 22, 23, 59, 59, TimeSpan.Zero);

    /// <summary>Transaction permissions in full (credits and debits), Basic or Detail.</summary>
    public static string[] Transactions(bool detail) =>
        [detail ? ObPermission.ReadTransactionsDetail : ObPermission.ReadTransactionsBasic, ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits];

    // One TPP client per bank: its ids are sequential, and the bank refuses a client assertion's jti it has seen.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestBank, Tpp> Tpps = [];

    private sealed record Tpp(AccountInformationClient Client, IRequestInterpreter Http);

    /// <summary>
    /// Authorises a consent for <paramref name="permissions"/> (with ReadAccountsBasic added when they have no
    /// ReadAccounts permission: every consent needs one) approved by <paramref name="psu"/> (all their accounts
    /// unless <paramref name="accounts"/> says which), with the transaction window given.
    /// </summary>
    public static async Task<AisSession> Authorise(
        TestBank bank, IReadOnlyList<string> permissions, string psu = "amelia", DateTimeOffset? windowFrom = null, DateTimeOffset? windowTo = null,
        IReadOnlyList<string>? accounts = null)
    {
        var (client, http) = Tpps.GetValue(bank, b =>
        {
            var interpreter = b.Interpreter(b.Transport);
            return new Tpp(b.Library("obfx-demo-private-key-jwt", interpreter), interpreter);
        });
        string[] asked = permissions.Any(p => p is ObPermission.ReadAccountsBasic or ObPermission.ReadAccountsDetail)
            ? [.. permissions]
            : [ObPermission.ReadAccountsBasic, .. permissions];
        var grant = await (
            from pending in client.BeginAccountAccess(new AccountAccessConsentRequest(asked, TestBank.Start.AddDays(90), windowFrom, windowTo))
            from approval in http.Send(Headless.Approval(pending.ConsentUrl.Url, psu, accounts: accounts))
            from granted in client.CompleteAccountAccess(pending, Headless.RedirectUrl(approval))
            select granted).Right();
        return new AisSession(client, grant.AccessToken);
    }
}

/// <summary>
/// A readable, stable rendering of typed results for approved files: one section per operation, its result as indented
/// JSON (enums by name, nulls left out), so a change in what the library parses — or what the bank serves — shows.
/// </summary>
internal sealed class TypedSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly StringBuilder _text = new();

    /// <summary>Adds a section: <paramref name="operation"/> and what the library returned.</summary>
    public TypedSnapshot Add<T>(string operation, T result)
    {
        _text.Append("=== ").Append(operation).Append(" ===\n").Append(Json(result)).Append("\n\n");
        return this;
    }

    /// <summary>Adds a section of text as it is.</summary>
    public TypedSnapshot AddText(string operation, string text)
    {
        _text.Append("=== ").Append(operation).Append(" ===\n").Append(text.ReplaceLineEndings("\n")).Append("\n\n");
        return this;
    }

    /// <summary>A value as the snapshots show it.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options).ReplaceLineEndings("\n");

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
