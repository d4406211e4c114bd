using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Api.Tests.Oruk;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Issue 9's authorization matrix: every Query and Mutation field, every type behind node(id:),
/// every /oruk, .ics and other HTTP endpoint, asked by every role of DESIGN section 3 over real
/// HTTP with a real token, against the decisions in <see cref="ExpectedAccess"/>.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class AccessMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    public static TheoryData<string, MatrixRole> Cases()
    {
        var cases = new TheoryData<string, MatrixRole>();
        foreach (var target in MatrixTargets.All)
        {
            foreach (var role in Enum.GetValues<MatrixRole>())
            {
                cases.Add(target.Name, role);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_what_design_section_3_gives_it(string target, MatrixRole role)
    {
        var expected = ExpectedAccess.Allows(target, role) ? Outcome.Allowed : Outcome.Denied;
        var request = MatrixTargets.Find(target).Build(fixture.Ids, role);

        var verdict = await OutcomeReader.RunAsync(fixture.Server, request, role);

        Assert.True(verdict.Outcome == expected, $"{target} as {role}: expected {expected}, got {verdict}\n{request}");
    }

    [Fact]
    public void Every_field_and_endpoint_in_the_matrix_has_a_decision_and_every_decision_a_target()
    {
        var targets = MatrixTargets.All.Select(t => t.Name).ToHashSet();

        AssertNone("without a decision in ExpectedAccess", targets.Where(t => !ExpectedAccess.Table.ContainsKey(t)));
        AssertNone("decided but no longer in the schema or the Api", ExpectedAccess.Table.Keys.Where(k => !targets.Contains(k)));
        AssertNone("marked as family data but not a target", ExpectedAccess.FamilyData.Keys.Where(k => !targets.Contains(k)));
    }

    [Fact]
    public void The_matrix_covers_every_query_and_mutation_field_and_every_node_type_of_the_schema()
    {
        var sdl = SdlModel.Portal;
        var expected = sdl.Fields("Query").Where(f => f.Name.Value != "node").Select(f => "Query." + f.Name.Value)
            .Concat(sdl.Fields("Mutation").Select(f => "Mutation." + f.Name.Value))
            .Concat(sdl.Implementations("Node").Select(t => "node:" + t));
        var targets = MatrixTargets.All.Select(t => t.Name).ToHashSet();

        Assert.All(expected, name => Assert.Contains(name, targets));
        Assert.True(sdl.Implementations("Node").Count >= 10);
    }

    [Fact]
    public void Every_http_endpoint_of_the_api_besides_graphql_is_in_the_matrix()
    {
        var endpoints = fixture.Server.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/graphql", StringComparison.Ordinal)
                // The benchmark's plain endpoints exist in Development only (never in Production) and read
                // through the same audited accessor as GraphQL; BenchEndpointTests proves both.
                && !raw.StartsWith("/bench/", StringComparison.Ordinal))
            // An endpoint that answers any method (health checks) is asked with GET.
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => $"{method} {Normalise(e.RoutePattern.RawText!)}"))
            .Distinct()
            .ToList();
        var targets = MatrixTargets.All.Select(t => t.Name).ToList();

        Assert.NotEmpty(endpoints);
        AssertNone("endpoints the matrix does not ask about", endpoints.Where(e => !targets.Any(t => t == e || t.StartsWith(e + " ", StringComparison.Ordinal))));
    }

    private static void AssertNone(string what, IEnumerable<string> items)
    {
        var list = items.ToList();
        Assert.True(list.Count == 0, $"{list.Count} {what}: {string.Join(", ", list)}");
    }

    /// <summary>Route constraints and a group's slashes out, so <c>/meetings/{id:guid}.ics</c> reads <c>/meetings/{id}.ics</c>.</summary>
    private static string Normalise(string pattern)
    {
        var path = Regex.Replace(pattern, @"\{(\w+):[^}]+\}", "{$1}");
        path = path.Replace("//", "/", StringComparison.Ordinal);
        return path.StartsWith('/') ? path : "/" + path;
    }
}
