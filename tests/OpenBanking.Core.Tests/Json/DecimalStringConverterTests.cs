using System.Text;
using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Tests.Json;

/// <summary>
/// Amounts (OBActiveCurrencyAndAmount_SimpleType: ^\d{1,13}$|^\d{1,13}\.\d{1,5}$) and rates (^(-?\d{1,3}){1}(\.\d{1,4}){0,1}$)
/// are read from the string's UTF-8 bytes; escaped and split values must read as the same text, and every string of
/// another shape is refused with the value quoted.
/// </summary>
public class DecimalStringConverterTests
{
    private static readonly JsonSerializerOptions Options = new();

    private static decimal Read(DecimalStringConverter converter, string json, int segments = 1)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = segments == 1 ? new Utf8JsonReader(bytes) : new Utf8JsonReader(Segmented(bytes, segments));
        reader.Read();
        return converter.Read(ref reader, typeof(decimal), Options);
    }

    private static System.Buffers.ReadOnlySequence<byte> Segmented(byte[] bytes, int segments)
    {
        var size = Math.Max(1, bytes.Length / segments);
        Segment? first = null, last = null;
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            var next = new Segment(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)), offset);
            last?.Link(next);
            first ??= next;
            last = next;
        }

        return new System.Buffers.ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    [TestCase("\"10.50\"", "10.50")]
    [TestCase("\"0\"", "0")]
    [TestCase("\"0.00001\"", "0.00001")]
    [TestCase("\"9999999999999.99999\"", "9999999999999.99999")]
    [TestCase("\"\\u0031\\u0030.5\"", "10.5")]
    public void An_amount_of_the_spec_shape_is_read_exactly(string json, string expected)
    {
        Assert.That(Read(new AmountConverter(), json), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(Read(new AmountConverter(), json, segments: 3), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), "split across buffers");
    }

    [TestCase("\"-5.00\"")]
    [TestCase("\"+5.00\"")]
    [TestCase("\"1.123456\"")]
    [TestCase("\"12345678901234\"")]
    [TestCase("\"1.\"")]
    [TestCase("\".5\"")]
    [TestCase("\"1.2.3\"")]
    [TestCase("\"1e5\"")]
    [TestCase("\" 1.00\"")]
    [TestCase("\"1,00\"")]
    [TestCase("\"\"")]
    [TestCase("\"\u0663\"")]
    [TestCase("10.50")]
    public void An_amount_of_another_shape_is_refused_with_the_value_quoted(string json)
    {
        var error = Assert.Throws<JsonException>(() => Read(new AmountConverter(), json));

        Assert.That(error!.Message, Does.StartWith("expected an amount"));
        if (json.StartsWith('"'))
        {
            Assert.That(error.Message, Does.EndWith($"not {json}"));
        }
    }

    [Test]
    public void A_very_long_value_is_refused_and_quoted_cut_short()
    {
        var error = Assert.Throws<JsonException>(() => Read(new AmountConverter(), $"\"{new string('1', 500)}\""));

        Assert.That(error!.Message, Does.EndWith($"not \"{new string('1', 64)}…\""));
    }

    [TestCase("\"-19.9\"", "-19.9")]
    [TestCase("\"4.2\"", "4.2")]
    [TestCase("\"100.1234\"", "100.1234")]
    public void A_rate_may_be_signed(string json, string expected) =>
        Assert.That(Read(new RateConverter(), json), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("\"1000\"")]
    [TestCase("\"1.12345\"")]
    [TestCase("\"--1\"")]
    [TestCase("\"-\"")]
    public void A_rate_of_another_shape_is_refused(string json) =>
        Assert.That(() => Read(new RateConverter(), json), Throws.TypeOf<JsonException>().With.Message.StartsWith("expected a rate"));

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void Link(Segment next) => Next = next;
    }
}
