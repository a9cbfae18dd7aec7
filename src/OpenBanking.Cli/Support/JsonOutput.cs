using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Cli.Support;

/// <summary>
/// What <c>--json</c> writes to standard output: indented, nulls left out, enums by name, non-ASCII text as it is, and
/// the characters a terminal would obey written as <c>\u</c> escapes (<see cref="TerminalText.Json"/>).
/// </summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="value"/> as one JSON document to the environment's standard output.</summary>
    public static void Write(ObxEnvironment environment, object value)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment.Output.WriteLine(TerminalText.Json(JsonSerializer.Serialize(value, Options)));
    }
}
