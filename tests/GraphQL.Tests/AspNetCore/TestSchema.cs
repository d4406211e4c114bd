using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>The small schema the HTTP tests run, with a counter that only a mutation changes.</summary>
internal sealed class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          me: String
          count: Int!
        }

        type Mutation {
          increment: Int!
        }
        """;

    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Schema Build() => SchemaBuilder.FromSdl(Sdl)
        .Bind("Query", "hello", context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!")
        .Bind("Query", "me", context => context.Request.User?.Identity?.Name)
        .Bind("Query", "count", _ => Count)
        .Bind("Mutation", "increment", _ => Interlocked.Increment(ref _count))
        .Build();
}
