using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Equality;

/// <summary>
/// The conformance records take the compiler's equality, like the library's: lists are <see cref="EquatableList{T}"/>,
/// maps <see cref="EquatableDictionary{TKey, TValue}"/>, and the two things a record compares differently — a JSON body
/// deeply, a member it leaves out — are said by the type of the field that holds them (<see cref="EquatableJsonNode"/>,
/// <see cref="NotCompared{T}"/>).
/// </summary>
public class RecordEqualityTests
{
    private static readonly Type[] Primitives =
    [
        typeof(EquatableList<>), typeof(EquatableDictionary<,>), typeof(EquatableBytes), typeof(RawJson), typeof(EquatableJsonNode), typeof(NotCompared<>),
    ];

    private static readonly IReadOnlyList<Type> Records = RecordEquality.PublicRecords(typeof(RecordedRequest).Assembly);

    [Test]
    public void No_public_record_declares_its_own_equals_or_hash_code()
    {
        var handWritten = RecordEquality.HandWrittenEquality(Records);

        Assert.Multiple(() =>
        {
            Assert.That(Records, Does.Contain(typeof(RecordedRequest)).And.Contain(typeof(ReplayPath)).And.Contain(typeof(RecordedBody.Json)));
            Assert.That(handWritten, Is.Empty);
        });
    }

    [Test]
    public void No_public_record_holds_a_list_or_json_that_compares_by_reference()
    {
        var byReference = RecordEquality.FieldsComparedByReference(Records, Primitives);

        Assert.That(string.Join(Environment.NewLine, byReference), Is.Empty);
    }

    [Test]
    public void Only_the_equality_primitives_define_an_equals_of_their_own()
    {
        var others = RecordEquality.OtherTypesWithOwnEquality(typeof(RecordedRequest).Assembly, Primitives);

        Assert.That(others, Is.Empty);
    }

    [Test]
    public void Recorded_requests_that_send_the_same_thing_are_equal_whatever_their_operation_is_called()
    {
        var request = new RecordedRequest("POST", new Uri("https://bank.example/token"), [KeyValuePair.Create("Accept", "application/json")],
            new RecordedBody.Form([KeyValuePair.Create("grant_type", "client_credentials")]), "token request");
        var renamed = request with { Operation = "another name", Headers = [KeyValuePair.Create("Accept", "application/json")] };

        var otherHeader = request with { Headers = [KeyValuePair.Create("Accept", "text/plain")] };

        Assert.Multiple(() =>
        {
            Assert.That(renamed, Is.EqualTo(request));
            Assert.That(renamed.GetHashCode(), Is.EqualTo(request.GetHashCode()));
            Assert.That(renamed.Operation, Is.EqualTo("another name"));
            Assert.That(otherHeader, Is.Not.EqualTo(request));
        });
    }

    [Test]
    public void Json_bodies_are_equal_when_deeply_equal_and_not_when_a_value_differs()
    {
        var body = new RecordedBody.Json(JsonNode.Parse("""{"Data": {"Permissions": ["ReadBalances"]}, "Risk": {}}"""));
        var same = new RecordedBody.Json(JsonNode.Parse("""{"Risk": {}, "Data": {"Permissions": ["ReadBalances"]}}"""));

        var other = body with { Value = JsonNode.Parse("""{"Data": {"Permissions": ["ReadAccountsBasic"]}, "Risk": {}}""") };

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(body));
            Assert.That(same.GetHashCode(), Is.EqualTo(body.GetHashCode()));
            Assert.That(other, Is.Not.EqualTo(body));
            Assert.That(new RecordedBody.Json(JsonNode.Parse("null")), Is.EqualTo(new RecordedBody.Json(null)));
        });
    }

    [Test]
    public void A_replay_path_through_a_jwt_part_equals_the_path_written_the_same_and_still_knows_the_part()
    {
        var throughJwt = ReplayPath.Root.Member("request").Member("body").Member("client_assertion").JwtPart("payload").Member("jti");
        var written = ReplayPath.Parse("$.request.body.client_assertion.payload.jti");

        var (jwtPattern, memberPath) = (ReplayPath.Parse("$.**").JwtPart("payload").Member("jti"), ReplayPath.Parse("$.request.body.x.payload.jti"));

        Assert.Multiple(() =>
        {
            Assert.That(throughJwt, Is.EqualTo(written));
            Assert.That(throughJwt.GetHashCode(), Is.EqualTo(written.GetHashCode()));
            Assert.That(throughJwt, Is.Not.EqualTo(ReplayPath.Parse("$.request.body.client_assertion.payload.iat")));
            Assert.That(jwtPattern.Matches(throughJwt), Is.True);
            Assert.That(jwtPattern.Matches(memberPath), Is.False);
        });
    }

    [Test]
    public void Mismatches_with_the_same_differences_are_equal()
    {
        var mismatch = new ReplayMismatch(2, "token request", [new ReplayDifference(ReplayPath.Parse("$.request.method"), "\"POST\"", "\"GET\"")]);
        var same = mismatch with { Differences = [new ReplayDifference(ReplayPath.Root.Member("request").Member("method"), "\"POST\"", "\"GET\"")] };

        var other = mismatch with { Differences = [new ReplayDifference(ReplayPath.Parse("$.request.method"), "\"POST\"", "\"PUT\"")] };

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(mismatch));
            Assert.That(other, Is.Not.EqualTo(mismatch));
        });
    }
}
