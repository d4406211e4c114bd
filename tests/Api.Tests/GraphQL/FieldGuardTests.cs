using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.GraphQL;

/// <summary>
/// The field rules of fields bound synchronously (issue 8: found once, not per field): they still refuse what
/// they refused, and a field whose viewer was never worked out is refused rather than shown unchecked.
/// </summary>
public sealed class FieldGuardTests : IAsyncLifetime
{
    private const string PlanIdQuery = "query Plan($id: ID!) { plan(id: $id) { id status kindName sections { heading body { readingAge } } } }";

    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_synchronous_field_whose_viewer_nobody_worked_out_is_refused()
    {
        // A root that hands out a plan without its own rule (the Portal's schema never does): the plan's id,
        // bound synchronously behind its rule, must not be shown, whoever asks.
        var plan = new RightHelp.Api.Data.Plan { Id = DemoFamiliesNorth.HarlowPlan, FamilyId = DemoFamiliesNorth.HarlowFamily };
        var schema = SchemaBuilder.FromSdl("type Query { plan: Plan } type Plan { id: ID }")
            .Bind("Query", "plan", _ => plan)
            .Bind("Plan", "id", FieldGuard.WrapSync(AuthorizationRules.Portal, "Plan", "id", _ => "shown"))
            .Build();
        await using var scope = host.Services.CreateAsyncScope();
        var result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "{ plan { id } }" },
            new RequestContext { Services = scope.ServiceProvider, User = Principals.Parent },
            CancellationToken.None);

        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }
        var json = JsonDocument.Parse(buffer.ToArray()).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("plan").GetProperty("id").ValueKind);
        Assert.Equal("FORBIDDEN", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Fields_bound_synchronously_show_a_plan_to_its_family_and_refuse_everyone_else()
    {
        var variables = new { id = GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan) };

        var parent = (await host.ExecuteAsync(PlanIdQuery, Principals.Parent, variables)).Ok().GetProperty("plan");
        Assert.Equal(variables.id, parent.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(parent.GetProperty("kindName").GetString()));
        Assert.NotEqual(0, parent.GetProperty("sections").GetArrayLength());
        Assert.True(parent.GetProperty("sections")[0].GetProperty("body").GetProperty("readingAge").GetDouble() > 0);

        // Another family's parent: not found, as for a plan that does not exist, and no field of it shown.
        var other = await host.ExecuteAsync(PlanIdQuery, Principals.Parent2, variables);
        Assert.DoesNotContain("\"kindName\"", other.Json, StringComparison.Ordinal);
        Assert.Contains("NOT_FOUND", other.Json, StringComparison.Ordinal);
    }
}
