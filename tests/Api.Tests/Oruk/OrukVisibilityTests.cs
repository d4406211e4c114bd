using System.Net;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>Changes data, so it has a database of its own.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class OrukVisibilityTests : IAsyncLifetime
{
    private readonly SeededApi api = new();

    public Task InitializeAsync() => api.InitializeAsync();

    public Task DisposeAsync() => api.DisposeAsync();

    [Fact]
    public async Task A_service_that_is_not_active_is_not_public()
    {
        var refuge = DemoIds.For("service:safe-haven-refuge");
        var before = await OrukResponse.GetAsync(api.Client, $"/oruk/services/{refuge}");
        var salId = before.Json["service_at_locations"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Contains(refuge.ToString(), await AllIdsAsync("/oruk/services?search=refuge"));

        await Sql.ExecuteAsync(api.Database.ConnectionString, $"UPDATE services SET status = 'TemporarilyClosed' WHERE id = '{refuge}'");

        Assert.Equal(HttpStatusCode.NotFound, (await OrukResponse.GetAsync(api.Client, $"/oruk/services/{refuge}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await OrukResponse.GetAsync(api.Client, $"/oruk/service_at_locations/{salId}")).Status);
        var listed = await AllIdsAsync("/oruk/services?search=refuge");
        Assert.DoesNotContain(refuge.ToString(), listed);
    }

    private async Task<List<string>> AllIdsAsync(string path)
    {
        var ids = new List<string>();
        for (var number = 1; ; number++)
        {
            var json = (await OrukResponse.GetAsync(api.Client, $"{path}&per_page=100&page={number}")).Json;
            ids.AddRange(json["contents"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            if (json["last_page"]!.GetValue<bool>())
            {
                return ids;
            }
        }
    }
}
