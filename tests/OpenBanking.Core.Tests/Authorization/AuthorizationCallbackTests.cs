using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Authorization;

public class AuthorizationCallbackTests
{
    private const string Redirect = "https://tpp.example.com/oauth2/callback";

    [Test]
    public void The_hybrid_flow_redirect_is_read_from_the_fragment()
    {
        var callback = AuthorizationCallback.Parse($"{Redirect}#code=the-code&state=st&id_token=h.p.s", "st").Right();

        Assert.That(callback, Is.EqualTo(new AuthorizationCallback("the-code", "st", "h.p.s")));
    }

    [Test]
    public void The_code_flow_redirect_is_read_from_the_query()
    {
        var callback = AuthorizationCallback.Parse($"{Redirect}?code=c%2B1&state=s%20t", "s t", mode: ResponseMode.Query).Right();

        Assert.That(callback, Is.EqualTo(new AuthorizationCallback("c+1", "s t", null)));
    }

    [Test]
    public void A_declined_consent_is_access_denied_with_its_description()
    {
        var error = AuthorizationCallback.Parse($"{Redirect}#error=access_denied&error_description=The+PSU+declined&state=st", "st")
            .LeftOf<ProtocolError, AuthorizationCallback>();

        Assert.That(error.Error, Is.EqualTo("access_denied"));
        Assert.That(error.Description, Is.EqualTo("The PSU declined"));
        Assert.That(error.ToString(), Is.EqualTo("authorisation refused with OAuth error 'access_denied': The PSU declined"));
    }

    [Test]
    public void Other_authorisation_errors_are_reported_too()
    {
        var error = AuthorizationCallback.Parse($"{Redirect}?error=invalid_request_object&state=st", "st", mode: ResponseMode.Query).LeftOf<ProtocolError, AuthorizationCallback>();

        Assert.That(error.Error, Is.EqualTo("invalid_request_object"));
    }

    [TestCase("#code=c&state=other", "not the one sent")]
    [TestCase("#code=c", "carries no state")]
    public void A_missing_or_different_state_is_refused(string fragment, string reason)
    {
        var error = AuthorizationCallback.Parse(Redirect + fragment, "st").LeftOf<ValidationError, AuthorizationCallback>();

        Assert.That(error.Check, Is.EqualTo("state"));
        Assert.That(error.Detail, Does.Contain(reason));
    }

    [Test]
    public void A_redirect_without_a_code_is_a_parse_error()
    {
        Assert.That(AuthorizationCallback.Parse($"{Redirect}#state=st", "st").Left(), Is.TypeOf<ParseError>());
    }

    [Test]
    public void Text_that_is_not_a_url_is_a_parse_error()
    {
        Assert.That(AuthorizationCallback.Parse("the-code", "st").Left(), Is.TypeOf<ParseError>());
    }

    [Test]
    public void An_iss_parameter_from_another_issuer_is_refused()
    {
        var error = AuthorizationCallback.Parse($"{Redirect}#code=c&state=st&iss=https%3A%2F%2Fevil.example", "st", "https://aspsp.example.com")
            .LeftOf<ValidationError, AuthorizationCallback>();

        Assert.That(error.Check, Is.EqualTo("iss"));
        Assert.That(AuthorizationCallback.Parse($"{Redirect}#code=c&state=st&iss=https%3A%2F%2Faspsp.example.com", "st", "https://aspsp.example.com").IsRight, Is.True);
    }

    [Test]
    public void Printing_a_callback_never_shows_the_code()
    {
        var callback = new AuthorizationCallback("secret-code", "st", "secret.id.token");

        Assert.That(callback.ToString(), Does.Not.Contain("secret"));
    }

    [Test]
    public void The_state_is_checked_before_an_error_is_believed()
    {
        var error = AuthorizationCallback.Parse($"{Redirect}#error=access_denied&state=injected", "st").LeftOf<ValidationError, AuthorizationCallback>();

        Assert.That(error.Check, Is.EqualTo("state"));
    }

    [Test]
    public void Only_the_response_mode_part_is_read()
    {
        // A hybrid-flow answer is in the fragment; a code planted in the query is ignored.
        var callback = AuthorizationCallback.Parse($"{Redirect}?code=planted&state=st#code=real&state=st&id_token=h.p.s", "st").Right();
        var codeFlow = AuthorizationCallback.Parse($"{Redirect}?code=c&state=st", "st");

        Assert.That(callback.Code, Is.EqualTo("real"));
        Assert.That(((ValidationError)codeFlow.Left()).Detail, Does.Contain("no state in its fragment"));
    }

    [Test]
    public void A_repeated_parameter_counts_once_the_first_time()
    {
        var callback = AuthorizationCallback.Parse($"{Redirect}#code=first&code=second&state=st", "st").Right();

        Assert.That(callback.Code, Is.EqualTo("first"));
    }

    [Test]
    public void Without_a_kept_state_nothing_is_accepted()
    {
        Assert.That(((ValidationError)AuthorizationCallback.Parse($"{Redirect}#code=c&state=", "").Left()).Check, Is.EqualTo("state"));
    }

    [TestCase("code id_token", ResponseMode.Fragment)]
    [TestCase("code", ResponseMode.Query)]
    public void The_default_response_mode_follows_the_response_type(string responseType, ResponseMode mode)
    {
        Assert.That(AuthorizationCallback.DefaultMode(responseType), Is.EqualTo(mode));
    }
}
