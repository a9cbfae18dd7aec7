using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Core.Flows;

/// <summary>
/// A client for one bank, for every API family: one send path for any <see cref="ApiCall{T}"/> (plus paging), the token
/// grants, and one consent-authorisation flow — client credentials token → create consent (any family's consent call) →
/// consent URL with the signed request object → callback with state check → id_token checks → code exchange. Each method
/// gathers the time and fresh ids, calls a pure builder, sends the description through the interpreter, and parses the
/// answer — LINQ over <see cref="EitherAsync{L, R}"/>, so the first failure stops the pipeline and comes back as a value.
/// Only cancellation throws. Family clients (e.g. <see cref="AccountInformationClient"/>) add their consent's conveniences.
/// </summary>
public partial class OpenBankingClient
{
    /// <summary>The default most pages <see cref="Pages{T}"/> and <see cref="ReadAll{T}"/> read before giving up.</summary>
    public const int DefaultMaxPages = 100;

    private readonly IRequestInterpreter _http;
    private readonly TimeProvider _time;
    private readonly IdSource _ids;

    /// <summary>Creates a client for one bank.</summary>
    /// <param name="config">The validated configuration.</param>
    /// <param name="http">The interpreter: <see cref="Io.HttpClientInterpreter"/> for real banks.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="ids">Where jti, interaction ids, state and nonce come from; <see cref="IdSource.Random"/> when null.</param>
    public OpenBankingClient(ValidatedApiConfig config, IRequestInterpreter http, TimeProvider? time = null, IdSource? ids = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(http);
        Config = config;
        _http = http;
        _time = time ?? TimeProvider.System;
        _ids = ids ?? IdSource.Random;
    }

    /// <summary>The configuration this client uses.</summary>
    public ValidatedApiConfig Config { get; }

    /// <summary>The current time, from the clock given.</summary>
    protected DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// The context of one call, gathered now: this client's configuration, <paramref name="accessToken"/>, the current time
    /// and a fresh interaction id.
    /// </summary>
    public CallContext Context(string accessToken, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        return new CallContext(Config, accessToken, _ids.NewId(), Now, customer);
    }

    /// <summary>Sends any call of any family with <paramref name="accessToken"/> and reads its answer.</summary>
    /// <remarks>
    /// A submission (<see cref="ApiCall{T}.Idempotent"/>) is prepared once and sent with retries (<see cref="Submit{T}"/>);
    /// when the bank signs the call's answers (<see cref="ApiCall{T}.SignedResponse"/>), the signature is verified before
    /// the answer is read.
    /// </remarks>
    public EitherAsync<OpenBankingError, T> Send<T>(
        string accessToken, ApiCall<T> call, CustomerContext? customer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Idempotent)
        {
            return Prepare(accessToken, call, customer).ToAsync().Bind(prepared => Submit(prepared, cancellationToken));
        }

        return call.SignedResponse
            ? call.Build(Context(accessToken, customer)).ToAsync().Bind(request => Exchange(call, request, cancellationToken))
            : Run(call.Build(Context(accessToken, customer)), call.Parse, cancellationToken);
    }

    /// <summary>
    /// Step 1: the TPP's own token (client credentials grant) for <paramref name="scope"/> (space-separated, e.g. an API
    /// family's scope), or for the configured scopes when null.
    /// </summary>
    public EitherAsync<OpenBankingError, TokenResponse> ClientCredentialsToken(string? scope = null, CancellationToken cancellationToken = default) =>
        Token(TokenRequests.ClientCredentials(Config, Now, _ids.NewId(), scope), cancellationToken);

    /// <summary>Step 3: the consent URL with a signed request object; state and nonce are fresh unless given.</summary>
    public Either<OpenBankingError, ConsentUrl> ConsentUrl(string consentId, string? state = null, string? nonce = null, string? scope = null) =>
        RequestObject.ConsentUrl(Config, consentId, Now, _ids, state, nonce, scope);

    /// <summary>
    /// Steps 1–3 of any family's consent as one pipeline: a client credentials token for <paramref name="scope"/> (the
    /// configured scopes when null) → <paramref name="createConsent"/> with it → the consent URL for the new consent.
    /// </summary>
    /// <typeparam name="TConsent">The family's consent.</typeparam>
    public EitherAsync<OpenBankingError, PendingAuthorisation<TConsent>> BeginAuthorisation<TConsent>(
        ApiCall<TConsent> createConsent, string? scope = null, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(createConsent);
        return
            from token in ClientCredentialsToken(scope, cancellationToken)
            from created in Send(token.AccessToken, createConsent, cancellationToken: cancellationToken)
            from url in ConsentUrl(created.ConsentId, scope: scope).ToAsync()
            select new PendingAuthorisation<TConsent>(token, created, url);
    }

    /// <summary>
    /// Steps 4–5 as one pipeline: parse the redirect and check its state → verify the front-channel id_token (signature,
    /// claims, c_hash, s_hash, intent id) → exchange the code → verify the token response's id_token, when there is one.
    /// </summary>
    public EitherAsync<OpenBankingError, AuthorisationGrant> CompleteAuthorisation<TConsent>(
        PendingAuthorisation<TConsent> pending, string redirectUrl, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(pending);
        return
            from callback in AuthorizationCallback.Parse(redirectUrl, pending.ConsentUrl.State, Config.Issuer,
                AuthorizationCallback.DefaultMode(Config.ResponseType.ToWireName())).ToAsync()
            from jwks in Jwks(cancellationToken)
            from frontChannel in FrontChannelIdToken(callback, jwks, pending.ConsentUrl).ToAsync()
            from tokens in ExchangeCode(callback.Code, cancellationToken)
            from backChannel in TokenEndpointIdToken(tokens, jwks, pending.ConsentUrl).ToAsync()
            from claims in SameSubject(frontChannel, backChannel).ToAsync()
            select new AuthorisationGrant(pending.ConsentId, tokens, claims);
    }

    /// <summary>
    /// Completes an authorisation from a bare authorisation code (pasted by a person who could not copy the whole redirect):
    /// the code is exchanged and the token response's id_token — which must be there — is verified against the consent
    /// and nonce. Without the redirect there is no state, c_hash or s_hash to check: prefer <see cref="CompleteAuthorisation{TConsent}"/>.
    /// </summary>
    public EitherAsync<OpenBankingError, AuthorisationGrant> CompleteAuthorisationWithCode<TConsent>(
        PendingAuthorisation<TConsent> pending, string code, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(pending);
        return
            from jwks in Jwks(cancellationToken)
            from tokens in ExchangeCode(code, cancellationToken)
            from claims in (tokens.IdToken is { } idToken
                ? IdTokenValidator.Validate(idToken, jwks, IdTokenExpectations.TokenEndpoint(Config, pending.ConsentUrl), Now)
                : new ValidationError("id_token", "the token response carries no id_token, so a bare code cannot be checked")).ToAsync()
            select new AuthorisationGrant(pending.ConsentId, tokens, claims);
    }

    /// <summary>The bank's signing keys: from <c>jwks_uri</c>, or found through the issuer's discovery document.</summary>
    public EitherAsync<OpenBankingError, JsonWebKeySet> Jwks(CancellationToken cancellationToken = default) =>
        from jwksUri in JwksUri(cancellationToken)
        from jwks in Run(Discovery.JwksRequest(jwksUri), (response, _) => Discovery.ParseJwks(response), cancellationToken)
        select jwks;

    /// <summary>Read the bank's discovery document (its <c>issuer</c> must be the configured one).</summary>
    public EitherAsync<OpenBankingError, DiscoveryDocument> Discover(CancellationToken cancellationToken = default) =>
        Run(Discovery.ConfigurationRequest(Config.Issuer), (response, _) => Discovery.ParseConfiguration(response, Config.Issuer), cancellationToken);

    /// <summary>Step 5: exchange an authorisation code (authorization_code grant).</summary>
    public EitherAsync<OpenBankingError, TokenResponse> ExchangeCode(string code, CancellationToken cancellationToken = default) =>
        Token(TokenRequests.AuthorizationCode(Config, code, Now, _ids.NewId()), cancellationToken);

    /// <summary>A new access token from a refresh token.</summary>
    public EitherAsync<OpenBankingError, TokenResponse> RefreshToken(string refreshToken, CancellationToken cancellationToken = default) =>
        Token(TokenRequests.RefreshToken(Config, refreshToken, Now, _ids.NewId()), cancellationToken);

    /// <summary>One step: a built request (or the reason it could not be built) → the interpreter → the parser.</summary>
    private EitherAsync<OpenBankingError, T> Run<T>(
        Either<OpenBankingError, HttpRequestSpec> built,
        Func<HttpResponseSpec, string, Either<OpenBankingError, T>> parse,
        CancellationToken cancellationToken) =>
        from request in built.ToAsync()
        from response in _http.Send(request, cancellationToken)
        from result in parse(response, request.Operation).ToAsync()
        select result;

    // Now is read when the answer arrives, so expires_in counts from then.
    private EitherAsync<OpenBankingError, TokenResponse> Token(Either<OpenBankingError, HttpRequestSpec> built, CancellationToken cancellationToken) =>
        Run(built, (response, operation) => TokenResponse.Parse(response, Now, operation), cancellationToken);

    private EitherAsync<OpenBankingError, Uri> JwksUri(CancellationToken cancellationToken) =>
        Config.JwksUri is { } configured
            ? Prelude.RightAsync<OpenBankingError, Uri>(configured)
            : from document in Discover(cancellationToken)
              from uri in ParseUri(document.JwksUri).ToAsync()
              select uri;

    private Either<OpenBankingError, Option<IdTokenClaims>> FrontChannelIdToken(AuthorizationCallback callback, JsonWebKeySet jwks, ConsentUrl sent)
    {
        if (callback.IdToken is null)
        {
            return Config.ResponseType.CarriesIdToken()
                ? new ValidationError("id_token", $"the redirect carries no id_token, but response_type is '{Config.ResponseType.ToWireName()}'")
                : Option<IdTokenClaims>.None;
        }

        return IdTokenValidator.Validate(callback.IdToken, jwks, IdTokenExpectations.FrontChannel(Config, sent, callback), Now)
            .Map(Option<IdTokenClaims>.Some);
    }

    private Either<OpenBankingError, Option<IdTokenClaims>> TokenEndpointIdToken(TokenResponse tokens, JsonWebKeySet jwks, ConsentUrl sent)
    {
        if (tokens.IdToken is null)
        {
            // The code flow has no front-channel id_token: then the token response must carry one.
            return Config.ResponseType.CarriesIdToken()
                ? Option<IdTokenClaims>.None
                : new ValidationError("id_token", "the token response carries no id_token");
        }

        return IdTokenValidator.Validate(tokens.IdToken, jwks, IdTokenExpectations.TokenEndpoint(Config, sent), Now)
            .Map(Option<IdTokenClaims>.Some);
    }

    /// <summary>
    /// The id_token claims of the exchange. OIDC Core §3.3.3.6: when both the redirect and the token response carry
    /// an id_token, their iss and sub must be the same.
    /// </summary>
    private static Either<OpenBankingError, IdTokenClaims> SameSubject(Option<IdTokenClaims> frontChannel, Option<IdTokenClaims> backChannel) =>
        frontChannel.Match(
            Some: front => backChannel.Match(
                Some: back => front.Subject == back.Subject
                    ? Prelude.Right<OpenBankingError, IdTokenClaims>(front)
                    : new ValidationError("id_token.sub", $"the token response's id_token is for sub '{back.Subject}', the redirect's for '{front.Subject}'"),
                None: () => front),
            None: () => backChannel.ToEither<OpenBankingError>(
                new ValidationError("id_token", "neither the redirect nor the token response carries an id_token")));

    private Either<OpenBankingError, Uri> ParseUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && EndpointRules.IsAllowed(uri, Config.AllowHttpLoopback)
            ? uri
            : new ValidationError("discovery.jwks_uri", $"'{value}' is not an absolute https URL");
}
