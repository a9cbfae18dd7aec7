using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenBanking.TestSupport;

/// <summary>
/// Finds records whose equality is not the compiler's, or whose compiler equality compares a member by reference: what
/// the equality tests of each library assembly assert is empty. An assembly's equality primitives (the few types that
/// define what "equal" means for bytes, lists or JSON) are named by the caller and are the only types allowed an
/// <c>Equals</c> of their own.
/// </summary>
public static class RecordEquality
{
    /// <summary>Every public record of <paramref name="assembly"/>, nested ones included.</summary>
    public static IReadOnlyList<Type> PublicRecords(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsVisible && t.GetMethod("<Clone>$") is not null).ToList();

    /// <summary><c>Record.Equals</c> or <c>Record.GetHashCode</c> for each one a person wrote rather than the compiler.</summary>
    public static IReadOnlyList<string> HandWrittenEquality(IEnumerable<Type> records) =>
        records
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => IsEqualityMember(t, m) && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();

    /// <summary>
    /// <c>Record.field: Type</c> for each field the compiler's <c>Equals</c> compares by reference: a collection, bytes or
    /// a JSON value that is not one of <paramref name="primitives"/> (nor a list of items that compare by value).
    /// </summary>
    public static IReadOnlyList<string> FieldsComparedByReference(IEnumerable<Type> records, IReadOnlyCollection<Type> primitives) =>
        records
            // Fields, because they are what the compiler's Equals compares (backing fields of properties included).
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => ComparesByReference(f.FieldType, primitives))
                .Select(f => $"{t.FullName}.{f.Name}: {f.FieldType}"))
            .ToList();

    /// <summary>Types other than <paramref name="primitives"/> that declare an <c>Equals</c> of their own, records or not.</summary>
    public static IReadOnlyList<string> OtherTypesWithOwnEquality(Assembly assembly, IReadOnlyCollection<Type> primitives) =>
        assembly.GetTypes()
            .Where(t => !t.IsEnum && !IsCompilerMade(t) && !primitives.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t))
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => IsEqualityMember(t, m) && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();

    private static bool IsCompilerMade(Type type) =>
        type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null || type.Name.Contains('<', StringComparison.Ordinal);

    private static bool IsEqualityMember(Type type, MethodInfo method) =>
        (method.Name == "Equals" && method.GetParameters() is [var only] && (only.ParameterType == type || only.ParameterType == typeof(object)))
        || (method.Name == "GetHashCode" && method.GetParameters().Length == 0);

    private static bool ComparesByReference(Type type, IReadOnlyCollection<Type> primitives)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (primitives.Contains(definition))
        {
            // A primitive list compares its items with their own Equals: they must compare by value too.
            return type.IsGenericType && type.GetGenericArguments().Any(a => ComparesByReference(a, primitives));
        }

        if (type.IsGenericType && definition == typeof(KeyValuePair<,>))
        {
            return type.GetGenericArguments().Any(a => ComparesByReference(a, primitives));
        }

        // Collections compare by reference unless they say otherwise (LanguageExt's Either and Option do); these say
        // otherwise and still compare what they point at, not what it holds.
        return type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type) || definition == typeof(ReadOnlyMemory<>)
            || definition == typeof(Memory<>) || definition == typeof(ImmutableArray<>) || definition == typeof(ArraySegment<>)
            || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && !OverridesEquals(type));
    }

    private static bool OverridesEquals(Type type) =>
        !type.IsInterface && type.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType is { } declaring
        && declaring != typeof(object) && declaring != typeof(ValueType);
}
