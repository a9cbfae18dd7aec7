using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace MockAspsp.TestSupport;

/// <summary>
/// A large, realistic recording for measuring <c>obx check</c>: the library's whole account-information flow (client
/// token, consent, headless approval, code exchange, accounts, balances, every page of transactions, consent deleted)
/// run again and again against one in-memory mock bank, the four client authentication methods in turn, until there
/// are <c>count</c> exchanges. Every exchange is a real one, with the bank's real bodies; deterministic like
/// <see cref="RecordedFlows"/> (fake clock, sequential ids) except for the id_tokens' PS256 signatures.
/// </summary>
public static class LargeRecording
{
    /// <summary>The recording used by docs/check.md's speed figures.</summary>
    public const int DefaultCount = 2000;

    private static readonly FixtureOptions Options = FixtureOptions.KeepIdTokenSignatures(RecordedFlows.TestKeyFile);

    /// <summary>Records at least the first <paramref name="count"/> exchanges of repeated flows, as fixture text.</summary>
    public static async Task<string> TextAsync(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var bank = await TestBank.StartAsync();
        var scratch = Path.Combine(Path.GetTempPath(), $"obfx-large-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var exchanges = new List<FixtureExchange>();
        // One id source for every flow: jtis, states and nonces never repeat (a bank refuses a jti it has seen).
        var ids = IdSource.Sequential();
        try
        {
            for (var flow = 0; exchanges.Count < count; flow++)
            {
                var authMethod = RecordedFlows.AuthMethods[flow % RecordedFlows.AuthMethods.Count];
                var config = RecordedFlows.Config(bank, authMethod);
                using var http = bank.Interpreter(bank.Transport);
                // One recorder per flow: a recorder rewrites its file after every exchange, which for thousands would be slow.
                var recorder = new FixtureRecorder(http, scratch, RecordedFlows.Metadata(config), Options with { Clock = bank.Time });
                var client = new AccountInformationClient(config, recorder, bank.Time, ids);
                var outcome = await FlowScript.Run(client, recorder, RecordedFlows.Psu, bank.Time.GetUtcNow()).ToEither();
                if (outcome.IsLeft)
                {
                    throw new InvalidOperationException($"flow {flow + 1} ({authMethod}) failed: {outcome}");
                }

                // The clock stays put: a fixture's exchanges have no times of their own, so the rules take the recording's
                // recorded_at as the time of each, and assertions and request objects made later would look early.
                exchanges.AddRange(recorder.Exchanges);
            }
        }
        finally
        {
            File.Delete(scratch);
        }

        var metadata = new Dictionary<string, string>(RecordedFlows.Metadata(RecordedFlows.Config(bank, RecordedFlows.AuthMethods[0])), StringComparer.Ordinal)
        {
            ["tool"] = "MockAspsp.TestSupport.LargeRecording (the in-memory mock bank, the flow repeated)",
        };
        metadata.Remove("auth_method");
        metadata.Remove("client_id");
        metadata.Remove("kid");
        return FixtureDocument.Write(Options.Describe(metadata), exchanges.Take(count));
    }

    /// <summary>Writes <see cref="TextAsync"/> into <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, int count = DefaultCount) =>
        await File.WriteAllTextAsync(path, await TextAsync(count));
}
