using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>One exchange as a rule sees it: the exchange, what endpoint it is, and the recording around it.</summary>
/// <param name="Exchange">The exchange.</param>
/// <param name="Endpoint">What the request is (from its method, path and body).</param>
/// <param name="Traffic">The whole recording, for rules that look at earlier exchanges (the issuer, a consent id).</param>
public sealed record ExchangeView(Exchange Exchange, Endpoint Endpoint, RecordedTraffic Traffic)
{
    /// <summary>The request.</summary>
    public RecordedRequest Request => Exchange.Request;

    /// <summary>The response, or null when there was none.</summary>
    public RecordedResponse? Response => Exchange.Response;

    /// <summary>
    /// When the exchange happened, as far as the recording tells: its own start (a HAR entry's startedDateTime, a
    /// fixture's started_at), else the response's Date header, else the recording's
    /// <c>recorded_at</c>; null when neither is there (time rules then check only claims against each other).
    /// </summary>
    public DateTimeOffset? At =>
        Exchange.StartedAt ?? WireFormats.RecordedTime(Response?.Header("Date")) ?? Facts.RecordedAt;

    /// <summary>The authorization server's issuer: the recording's <c>issuer</c>, else a discovery document's <c>issuer</c> in it.</summary>
    public string? Issuer => Facts.Issuer;

    /// <summary>What the recording says that many exchanges ask about, worked out once for the whole recording.</summary>
    internal RecordingFacts Facts => RecordingFacts.Of(Traffic);
}
