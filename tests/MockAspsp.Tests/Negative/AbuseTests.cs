using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MockAspsp.Domain;
using MockAspsp.Features.OAuth;
using MockAspsp.TestSupport;
using NUnit.Framework;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Negative;

/// <summary>
/// What one bad request cannot show: password guessing at volume, a large body sent before any credential, the PSU's
/// pages inside another site's frame. Each refusal still leaves the bank's state as it was.
/// </summary>
public class AbuseTests
{
    private static readonly TimeSpan Lockout = PsuLoginGuard.LockPeriod;

    [Test]
    public async Task Five_wrong_passwords_lock_the_psu_so_the_right_one_fails_too_until_the_period_ends()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var first = await c.Pending();
        var second = await c.Pending();
        c.Mark();

        var guesses = await FailedLogins(c, first.ConsentUrl.Url, i => ("amelia", $"guess-{i}"));

        using var right = await c.Headless(first.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");
        var rightBody = await right.Content.ReadAsStringAsync();
        using var elsewhere = await c.Headless(second.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");
        var stateWhileLocked = c.Bank.State;
        c.Bank.Time.Advance(Lockout + TimeSpan.FromSeconds(1));
        var third = await c.Pending();
        using var later = await c.Headless(third.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");

        Assert.Multiple(() =>
        {
            Assert.That(guesses, Has.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), rightBody);
            Assert.That(Error(rightBody), Is.EqualTo("access_denied"));
            Assert.That(rightBody, Does.Contain("locked"));
            Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the lock is the user's, on every consent");
            Assert.That(stateWhileLocked, Is.SameAs(c.Marked), "refused logins change nothing the bank holds");
            Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the lock ends after its period");
        });
    }

    [Test]
    public async Task A_locked_psu_does_not_lock_out_anyone_else()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var attacked = await c.Pending();
        var other = await c.Pending();
        await FailedLogins(c, attacked.ConsentUrl.Url, i => ("amelia", $"guess-{i}"));

        using var oliver = await c.Headless(other.ConsentUrl.Url.AbsoluteUri, "oliver", "oliver-pass");

        Assert.That(oliver.StatusCode, Is.EqualTo(HttpStatusCode.OK), await oliver.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Five_failed_logins_on_one_consent_lock_that_consent_whatever_the_user_names()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var attacked = await c.Pending();
        var other = await c.Pending();
        await FailedLogins(c, attacked.ConsentUrl.Url, i => ($"user-{i}", "amelia-pass"));

        using var onAttacked = await c.Headless(attacked.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");
        using var onOther = await c.Headless(other.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");

        Assert.That(onAttacked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await onAttacked.Content.ReadAsStringAsync(), Does.Contain("locked"));
        Assert.That(onOther.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another consent of the same user is not locked");
        Assert.That(c.Bank.State.Consents[attacked.ConsentId].Status, Is.EqualTo(ConsentStatus.AwaitingAuthorisation));
    }

    [Test]
    public async Task The_browser_login_form_locks_too()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        using var browser = c.Bank.Http(null);
        var session = Session(await browser.GetStringAsync(pending.ConsentUrl.Url.PathAndQuery));

        for (var i = 0; i < PsuLoginGuard.MaxFailures; i++)
        {
            using var guess = await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", $"guess-{i}"))));
        }

        using var right = await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "amelia-pass"))));
        var page = await right.Content.ReadAsStringAsync();

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(page, Does.Contain("locked").And.Not.Contain("Choose accounts"));
        Assert.That(c.Bank.State.BrowserSessions[session].Customer, Is.Null, "nobody logged in");
    }

    [Test]
    public async Task Logging_in_right_many_times_in_a_row_never_locks()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());

        for (var i = 0; i < 3 * PsuLoginGuard.MaxFailures; i++)
        {
            var pending = await c.Pending();
            using var approval = await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");
            Assert.That(approval.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"login {i + 1}");
        }
    }

    [Test]
    public async Task Every_psu_page_refuses_frames_referrers_and_caches()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();
        using var browser = c.Bank.Http(null);

        using var login = await browser.GetAsync(pending.ConsentUrl.Url.PathAndQuery);
        var session = Session(await login.Content.ReadAsStringAsync());
        using var wrong = await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "nope"))));
        using var accounts = await browser.PostAsync("/authorize/login", new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "amelia-pass"))));
        using var error = await browser.GetAsync(new Uri(ConsentUrl(null)).PathAndQuery);
        using var decision = await c.Bank.Server.CreateClient().PostAsync($"{TestBank.Issuer}/authorize/decision",
            new FormUrlEncodedContent(Fields(("session", session), ("accounts", "1001"), ("decision", "approve"))));

        Assert.Multiple(() =>
        {
            foreach (var (name, response) in new[] { ("login", login), ("wrong password", wrong), ("accounts", accounts), ("error", error), ("decision", decision) })
            {
                var headers = response.Headers;
                Assert.That(headers.TryGetValues("X-Frame-Options", out var frame) ? frame : [], Is.EqualTo(new[] { "DENY" }), name);
                var csp = headers.TryGetValues("Content-Security-Policy", out var policy) ? string.Join(",", policy) : "";
                Assert.That(csp, Does.Contain("frame-ancestors 'none'").And.Contain("default-src 'none'"), name);
                Assert.That(headers.TryGetValues("Referrer-Policy", out var referrer) ? referrer : [], Is.EqualTo(new[] { "no-referrer" }), name);
                Assert.That(headers.CacheControl?.NoStore, Is.True, name);
            }
        });
    }

    [Test]
    public async Task A_headless_approval_whose_answer_carries_a_code_is_never_cached()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        var pending = await c.Pending();

        using var approved = await c.Headless(pending.ConsentUrl.Url.AbsoluteUri, "amelia", "amelia-pass");

        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await approved.Content.ReadAsStringAsync(), Does.Contain("code="));
        Assert.That(approved.Headers.CacheControl?.NoStore, Is.True, "the answer holds an authorisation code and an id_token (RFC 6749 §5.1)");
        Assert.That(approved.Headers.Pragma.ToString(), Is.EqualTo("no-cache"));
    }

    [Test]
    public async Task An_unauthenticated_consent_post_is_refused_before_its_body_is_read()
    {
        await using var c = new BadRequestContext(await TestBank.StartAsync());
        using var body = new EndlessBody(limit: 32 * 1024 * 1024);
        c.Mark();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/open-banking/v3.1/aisp/account-access-consents") { Content = new StreamContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await c.Http().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("UK.OBIE.Header.Missing"));
        Assert.That(body.Served, Is.LessThan(1024 * 1024), "the bank read the body of a request it was always going to refuse");
        Assert.That(c.Bank.State, Is.SameAs(c.Marked));
    }

    /// <summary>As many headless logins as lock a key, the i-th with <paramref name="credentials"/>(i); their statuses.</summary>
    private static async Task<List<HttpStatusCode>> FailedLogins(BadRequestContext c, Uri consentUrl, Func<int, (string User, string Password)> credentials)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PsuLoginGuard.MaxFailures; i++)
        {
            var (user, password) = credentials(i);
            using var guess = await c.Headless(consentUrl.AbsoluteUri, user, password);
            statuses.Add(guess.StatusCode);
        }

        return statuses;
    }

    private static string Session(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"session\" value=\"([^\"]+)\"").Groups[1].Value;

    private static string? Error(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetString();

    /// <summary>A JSON-looking body of up to <c>limit</c> bytes, made as it is read, counting what was asked of it.</summary>
    private sealed class EndlessBody(long limit) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, limit - Served);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
