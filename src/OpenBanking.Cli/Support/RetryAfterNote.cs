using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Cli.Support;

/// <summary>
/// An interpreter decorator that notes the <c>Retry-After</c> of the last 429 or 503 answer, so that obx's one line
/// about the failure can say how long the bank asked to wait. obx never retries by itself: a busy bank ends the command.
/// </summary>
public sealed class RetryAfterNote(IRequestInterpreter inner) : IRequestInterpreter
{
    /// <summary>The longest Retry-After value repeated; a longer one is the bank's noise, not a wait.</summary>
    private const int MaxLength = 40;

    /// <summary>The Retry-After of the last 429 or 503 answer, when it had one.</summary>
    public string? RetryAfter { get; private set; }

    /// <inheritdoc />
    public LanguageExt.EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default) =>
        inner.Send(request, cancellationToken).Map(response =>
        {
            RetryAfter = response.Status is 429 or 503 && response.Header("Retry-After") is { } after
                ? after.Length > MaxLength ? after[..MaxLength] + TerminalText.Ellipsis : after
                : null;
            return response;
        });

    /// <summary>What to add to a problem's line: the wait the bank asked for, in its words (RFC 9110 §10.2.3).</summary>
    public string Hint() => RetryAfter is not { } after ? ""
        : after.All(char.IsAsciiDigit) ? $"; the bank asks to wait before trying again (Retry-After: {after} s)"
        : $"; the bank asks to wait before trying again (Retry-After: {after})";
}
