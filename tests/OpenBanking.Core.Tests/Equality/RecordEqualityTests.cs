using System.Reflection;
using NUnit.Framework;
using OpenBanking.Core.Json;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Equality;

/// <summary>
/// Records take the compiler's equality: a field added later is compared without anyone remembering to. Lists are
/// <see cref="EquatableList{T}"/>, maps <see cref="EquatableDictionary{TKey, TValue}"/>, bytes <see cref="EquatableBytes"/>,
/// raw JSON <see cref="RawJson"/>: the library's equality primitives, the only types with an Equals of their own.
/// </summary>
public class RecordEqualityTests
{
    private static readonly Type[] Primitives = [typeof(EquatableList<>), typeof(EquatableDictionary<,>), typeof(EquatableBytes), typeof(RawJson)];

    private static readonly IReadOnlyList<Type> Records = RecordEquality.PublicRecords(typeof(EquatableList<>).Assembly);

    [Test]
    public void No_public_record_declares_its_own_equals_or_hash_code()
    {
        var handWritten = RecordEquality.HandWrittenEquality(Records);

        Assert.Multiple(() =>
        {
            Assert.That(Records, Does.Contain(typeof(OpenBanking.Core.Http.HttpResponseSpec)).And.Contain(typeof(OpenBanking.Core.Jose.JsonWebKeySet)));
            Assert.That(handWritten, Is.Empty);
        });
    }

    [Test]
    public void No_public_record_holds_a_list_bytes_or_json_that_compares_by_reference()
    {
        var byReference = RecordEquality.FieldsComparedByReference(Records, Primitives);

        Assert.That(string.Join(Environment.NewLine, byReference), Is.Empty);
    }

    [Test]
    public void Only_the_equality_primitives_define_an_equals_of_their_own()
    {
        var others = RecordEquality.OtherTypesWithOwnEquality(typeof(EquatableList<>).Assembly, Primitives);

        Assert.That(others, Is.Empty);
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
