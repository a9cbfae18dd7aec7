using System.Reflection;
using System.Runtime.CompilerServices;
using NUnit.Framework;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Tests.Equality;

/// <summary>
/// Records take the compiler's equality: a field added later is compared without anyone remembering to. Lists are
/// <see cref="EquatableList{T}"/>, raw JSON is <see cref="RawJson"/>, so no record needs an Equals of its own.
/// </summary>
public class RecordEqualityTests
{
    // Http (request and response specs, bytes) and Jose are not converted yet; they join this list when they are.
    private static readonly string[] Namespaces =
    [
        "OpenBanking.Core.Accounts", "OpenBanking.Core.Consents", "OpenBanking.Core.Errors", "OpenBanking.Core.Authorization",
        "OpenBanking.Core.Configuration",
    ];

    [Test]
    public void No_model_record_declares_its_own_equals_or_hash_code()
    {
        var handWritten = Records()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => IsEqualityMember(t, m) && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToList();

        Assert.That(handWritten, Is.Empty);
    }

    [Test]
    public void No_model_record_holds_a_list_or_json_that_compares_by_reference()
    {
        var byReference = Records()
            // Fields, because they are what the compiler's Equals compares.
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => ComparesByReference(Nullable.GetUnderlyingType(f.FieldType) ?? f.FieldType))
                .Select(f => $"{t.Name}.{f.Name}: {f.FieldType.Name}"))
            .ToList();

        Assert.That(byReference, Is.Empty);
    }

    [Test]
    public void The_generated_context_has_metadata_for_the_items_of_every_list_it_reads()
    {
        var roots = typeof(ObJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);
        var items = ListItemTypes(roots);

        var missing = items.Where(t => ObJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items, Does.Contain(typeof(OpenBanking.Core.Accounts.Transaction)));
            Assert.That(missing, Is.Empty);
        });
    }

    private static IEnumerable<Type> Records() =>
        typeof(EquatableList<>).Assembly.GetTypes()
            .Where(t => t.IsVisible && Namespaces.Contains(t.Namespace) && t.GetMethod("<Clone>$") is not null);

    private static bool IsEqualityMember(Type record, MethodInfo method) =>
        (method.Name == "Equals" && method.GetParameters() is [var only] && only.ParameterType == record)
        || (method.Name == "GetHashCode" && method.GetParameters().Length == 0);

    private static bool ComparesByReference(Type type) =>
        type == typeof(System.Text.Json.JsonElement) || type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(List<>)
                || definition == typeof(IList<>) || definition == typeof(ReadOnlyMemory<>)));

    private static HashSet<Type> ListItemTypes(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var items = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(EquatableList<>).Assembly)
            {
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableList<>))
            {
                items.Add(type.GetGenericArguments()[0]);
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }
        }

        return items;
    }
}
