namespace MockAspsp.Hosting;

/// <summary>
/// The client secrets of the demo clients. They are documented in the README: the mock bank is a test
/// double and these guard nothing. The basic one holds '+', '/' and '=' on purpose, so a client that
/// skips RFC 6749 §2.3.1's form encoding fails against it.
/// </summary>
public static class DemoSecrets
{
    /// <summary>The secret of <c>obfx-demo-client-secret-basic</c>.</summary>
    public const string Basic = "demo+secret/basic=1";

    /// <summary>The secret of <c>obfx-demo-client-secret-post</c>.</summary>
    public const string Post = "demo-secret-post-1";
}
