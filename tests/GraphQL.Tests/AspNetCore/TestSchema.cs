using RightHelp.GraphQL.Execution;

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

    public int Increment() => Interlocked.Increment(ref _count);

    public IRequestExecutor CreateExecutor() => new InterimTestExecutor(this);
}
