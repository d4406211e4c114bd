using System.Globalization;
using RightHelp.Benchmarks.DirectoryData;
using RightHelp.Benchmarks.Engine;

// dotnet run -c Release --project tests/Benchmarks -- engine --peer graphql-js.json --out results [--quick]
// The engine benchmarks need no database, so they run before the connection string is required.
if (args.FirstOrDefault() == "engine")
{
    return await EngineCommand.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/Benchmarks -- directory-search [1000,10000,100000]
// RIGHTHELP_BENCH_PG is a superuser connection string; the benchmark makes and drops its own databases.
var connectionString = Environment.GetEnvironmentVariable("RIGHTHELP_BENCH_PG")
    ?? throw new InvalidOperationException("Set RIGHTHELP_BENCH_PG to a PostgreSQL superuser connection string.");
switch (args.FirstOrDefault())
{
    case "stack":
        // stack …: GraphQL against plain endpoints, SQL per operation, Portal pages and memory (see ./bench).
        return await RightHelp.Benchmarks.Stack.StackCommand.RunAsync(args[1..], connectionString);
    case "sql":
        // sql: only the SQL commands per operation (issue 8, part 3), its table written to standard output.
        Console.Out.Write((await new RightHelp.Benchmarks.SqlCount.SqlPerOperationBenchmark(connectionString, Console.Error).RunAsync()).Markdown);
        return 0;
    case "plan-cost":
        // plan-cost [database] [requests]: B, CPU ms and SQL commands per plan query, GraphQL (and parts of its document) against the plain endpoint.
        return await RightHelp.Benchmarks.Memory.PlanCost.RunAsync(args[1..], connectionString);
    case "soak":
        // soak --minutes M …: mixed journeys at a steady rate against the stack ./bench --soak started.
        return await RightHelp.Benchmarks.Soak.SoakCommand.RunAsync(args[1..]);
    case "directory-search":
        var sizes = (args.Length > 1 ? args[1] : "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        await new DirectorySearchBenchmark(connectionString, Console.Out).RunAsync(sizes);
        return 0;
    case "add-services":
        // add-services <count> <database>: adds synthetic services to an already seeded database, for looking at plans.
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Database = args[2] };
        await new SyntheticDirectory().AddAsync(builder.ConnectionString, int.Parse(args[1], CultureInfo.InvariantCulture));
        return 0;
    case "measure":
        // measure <database> [rounds]: times search on a database built earlier.
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Database = args[1] }.ConnectionString;
        await new DirectorySearchBenchmark(connectionString, Console.Out).MeasureAsync(target, 0, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
        return 0;
    default:
        Console.Error.WriteLine("Usage: directory-search [sizes, comma-separated]");
        return 1;
}
