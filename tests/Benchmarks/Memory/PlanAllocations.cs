extern alias portal;

using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Api.Authorization;
using RightHelp.Api.Bench;
using RightHelp.Api.Families;
using RightHelp.Api.Plans;
using RightHelp.Benchmarks.SqlCount;

namespace RightHelp.Benchmarks.Memory;

/// <summary>
/// Issue 8, part 6: bytes allocated per plan page query, in process, from the request to its JSON: through
/// GraphQL (parse, validate, execute, write), and through the plain endpoint that makes the same reads.
/// Measured over sequential requests with this process otherwise idle (GC.GetTotalAllocatedBytes, precise).
/// </summary>
public static class PlanAllocations
{
    private const int Requests = 50;

    public static async Task<(long GraphQL, long Plain)> MeasureAsync(InProcessApi api, string planId)
    {
        var query = portal::RightHelp.Portal.Api.Family.PlanQuery.Query;
        var variables = new Dictionary<string, object?> { ["id"] = planId };
        async Task GraphQLOnce()
        {
            var result = await api.ExecuteAsync(query, Principals.Parent, variables);
            // As the Api's GraphQL handler writes it: into the response's PipeWriter, whose buffers are pooled. A
            // Utf8JsonWriter over a Stream instead grows one array to hold the whole response (about 128 KB more
            // for a 42 KB plan), which the HTTP path never allocates; the plain endpoint writes through a pipe too.
            var pipe = PipeWriter.Create(Stream.Null);
            await using (var writer = new Utf8JsonWriter(pipe))
            {
                result.WriteTo(writer);
            }
            await pipe.FlushAsync();
            await pipe.CompleteAsync();
        }
        async Task PlainOnce()
        {
            await using var scope = api.Services.CreateAsyncScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = Principals.Parent };
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = planId })));
            http.Response.Body = Stream.Null;
            var sp = scope.ServiceProvider;
            var result = await BenchPlanEndpoint.HandleAsync(http, sp.GetRequiredService<ViewerAccessor>(), sp.GetRequiredService<FamilyData>(),
                sp.GetRequiredService<RequestDatabase>(), sp.GetRequiredService<SectionRenderer>(), CancellationToken.None);
            await result.ExecuteAsync(http);
        }
        return (await PerRequestAsync(GraphQLOnce), await PerRequestAsync(PlainOnce));
    }

    private static async Task<long> PerRequestAsync(Func<Task> request)
    {
        for (var i = 0; i < 10; i++)
        {
            await request();
        }
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Requests; i++)
        {
            await request();
        }
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / Requests;
    }
}
