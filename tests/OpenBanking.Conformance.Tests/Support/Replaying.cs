using OpenBanking.Core.Consents;
using LanguageExt;
using MockAspsp.TestSupport;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>A committed recording replayed: the interpreter, the library on it, and the flow's steps one by one.</summary>
public sealed class Replaying
{
    public Replaying(string authMethod, ValidatedApiConfig? config = null, IdSource? ids = null, TimeProvider? time = null, Func<IRequestInterpreter, IRequestInterpreter>? wrap = null)
        : this(RecordedFixtures.Read(authMethod), config, ids, time, wrap)
    {
    }

    public Replaying(RecordedTraffic traffic, ValidatedApiConfig? config = null, IdSource? ids = null, TimeProvider? time = null, Func<IRequestInterpreter, IRequestInterpreter>? wrap = null)
    {
        Traffic = traffic;
        Replay = new ReplayInterpreter(Traffic);
        Http = wrap?.Invoke(Replay) ?? Replay;
        Now = ReplaySetup.Clock(Traffic).GetUtcNow();
        Client = ReplaySetup.Library(Traffic, Http, config, time, ids);
    }

    public RecordedTraffic Traffic { get; }

    public ReplayInterpreter Replay { get; }

    /// <summary>What the library sends through: the replay, or a wrapper around it.</summary>
    public IRequestInterpreter Http { get; }

    public AccountInformationClient Client { get; }

    /// <summary>The recording's time.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The PSU who approved in the recording.</summary>
    public string Psu => Traffic.Meta("psu")!;

    /// <summary>The whole flow, completed with the bare code.</summary>
    public EitherAsync<OpenBankingError, FlowScript.Outcome> Flow() => FlowScript.Run(Client, Http, Psu, Now, FlowScript.BareCode);

    /// <summary>Token, consent, consent URL and the PSU's approval: the pending authorisation and the redirect.</summary>
    public EitherAsync<OpenBankingError, (PendingAuthorisation<AccountAccessConsent> Pending, string Redirect)> Approved() =>
        from pending in Client.BeginAccountAccess(FlowScript.Consent(Now))
        from approval in Http.Send(Headless.Approval(pending.ConsentUrl.Url, Psu))
        select (pending, Headless.RedirectUrl(approval));

    /// <summary>Everything up to the grant, completed with the bare code.</summary>
    public EitherAsync<OpenBankingError, (PendingAuthorisation<AccountAccessConsent> Pending, AuthorisationGrant Grant)> Granted() =>
        from approved in Approved()
        from grant in FlowScript.BareCode(Client, approved.Pending, approved.Redirect)
        select (approved.Pending, grant);
}

/// <summary>Changes the requests named <paramref name="operation"/> on their way to <paramref name="inner"/>: a request the library would not send.</summary>
public sealed class Altering(IRequestInterpreter inner, string operation, Func<HttpRequestSpec, HttpRequestSpec> change) : IRequestInterpreter
{
    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return inner.Send(request.Operation == operation ? change(request) : request, cancellationToken);
    }

    /// <summary><paramref name="request"/> without its headers named <paramref name="name"/>.</summary>
    public static HttpRequestSpec WithoutHeader(HttpRequestSpec request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with { Headers = [.. request.Headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))] };
    }
}
