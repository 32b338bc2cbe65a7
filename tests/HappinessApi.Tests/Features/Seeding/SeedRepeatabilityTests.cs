using Dapper;
using HappinessApi.Features.Seeding;

namespace HappinessApi.Tests.Features.Seeding;

public sealed class SeedRepeatabilityTests
{
    [Test]
    public async Task DrawsTheSameData_WhenTheSeedIsRepeated()
    {
        using var first = new SampleDatabase();
        using var second = new SampleDatabase();

        await first.SeedAsync(new SeedArguments(7, 300, 42));
        await second.SeedAsync(new SeedArguments(7, 300, 42));

        Assert.That(await ReadAsync(second), Is.EqualTo(await ReadAsync(first)).And.Count.EqualTo(429));
    }

    private static async Task<List<string>> ReadAsync(SampleDatabase database)
    {
        const string select = """
            SELECT i.id || '|' || i.agent_id || '|' || i.customer_id || '|' || COALESCE(r.rating, '')
                   || '|' || COALESCE(r.comment, '') || '|' || COALESCE(r.rated_at, '')
            FROM invitations i LEFT JOIN ratings r ON r.invitation_id = i.id
            ORDER BY i.id
            """;

        await using var connection = database.Open();
        return (await connection.QueryAsync<string>(select)).AsList();
    }
}
