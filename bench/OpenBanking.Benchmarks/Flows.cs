using MockAspsp.TestSupport;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;

namespace OpenBanking.Benchmarks;

/// <summary>The flow every flow benchmark runs: the tests' flow script, for the PSU amelia; a failed flow is a failed benchmark.</summary>
internal static class Flows
{
    public static async Task<FlowScript.Outcome> Run(AccountInformationClient client, IRequestInterpreter http) =>
        (await FlowScript.Run(client, http, "amelia", DateTimeOffset.UtcNow).ToEither().ConfigureAwait(false))
            .Match(Right: outcome => outcome, Left: e => throw new InvalidOperationException($"the flow failed: {e}"));
}
