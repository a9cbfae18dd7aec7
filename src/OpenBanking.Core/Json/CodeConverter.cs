using System.Text.Json.Serialization;

namespace OpenBanking.Core.Json;

/// <summary>
/// Reads and writes a closed code list of the spec (an OpenAPI string <c>enum</c>) as its names. Unlike a bare
/// <see cref="JsonStringEnumConverter{TEnum}"/> it refuses numbers: <c>"Type": 3</c> is not a code, and would otherwise
/// become whatever value 3 is, or one the enum does not even define. A value outside the list fails the read with its JSON path.
/// </summary>
/// <typeparam name="TEnum">The enum of the code list.</typeparam>
public sealed class CodeConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
