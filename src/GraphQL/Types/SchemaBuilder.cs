using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (spec 3) and binds C# resolvers to its fields:
/// <c>SchemaBuilder.FromSdl(sdl).Bind("Query", "plans", ctx => ...).Build()</c>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private static readonly Lazy<DocumentNode> BuiltIns = new(() => Parser.Parse(ReadResource("builtins.graphql")));
    private static readonly Lazy<DocumentNode> IntrospectionSdl = new(() => Parser.Parse(ReadResource("introspection.graphql")));

    private readonly DocumentNode _document;
    private readonly List<(string Type, string Field, FieldResolver Resolver, Func<ResolveContext, object?>? Sync)> _bindings = [];
    private readonly List<(string Type, Func<object, string?> Resolver)> _typeResolvers = [];
    private readonly List<(string Type, Func<object, bool> Check)> _isTypeOf = [];
    private readonly List<(string Enum, string Value, object Runtime)> _enumValues = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _clrTypes = [];
    private readonly List<(string Type, string Field, int Cost)> _costs = [];
    private FieldResolver _defaultResolver = DefaultFieldResolver.Resolve;

    private SchemaBuilder(DocumentNode document) => _document = document;

    /// <summary>Parses SDL; syntax errors surface as <see cref="SchemaException"/>.</summary>
    public static SchemaBuilder FromSdl(string sdl)
    {
        try
        {
            return new SchemaBuilder(Parser.Parse(sdl, new ParserOptions { MaxNesting = 1024 }));
        }
        catch (GraphQLSyntaxException ex)
        {
            throw new SchemaException([ex.Message]);
        }
    }

    public SchemaBuilder Bind(string typeName, string fieldName, FieldResolver resolver)
    {
        _bindings.Add((typeName, fieldName, resolver, null));
        return this;
    }

    /// <summary>Binds a synchronous resolver (no allocation of a task).</summary>
    public SchemaBuilder Bind(string typeName, string fieldName, Func<ResolveContext, object?> resolver)
    {
        _bindings.Add((typeName, fieldName, ctx => new ValueTask<object?>(resolver(ctx)), resolver));
        return this;
    }

    /// <summary>Binds an asynchronous resolver.</summary>
    public SchemaBuilder BindAsync<T>(string typeName, string fieldName, Func<ResolveContext, Task<T>> resolver) =>
        Bind(typeName, fieldName, async ctx => await resolver(ctx).ConfigureAwait(true));

    public SchemaBuilder ResolveType(string abstractTypeName, Func<object, string?> resolver)
    {
        _typeResolvers.Add((abstractTypeName, resolver));
        return this;
    }

    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> check)
    {
        _isTypeOf.Add((objectTypeName, check));
        return this;
    }

    /// <summary>Values of this CLR type resolve to the given object type when an abstract type is returned.</summary>
    public SchemaBuilder BindType<T>(string objectTypeName)
    {
        _clrTypes[typeof(T)] = objectTypeName;
        return this;
    }

    public SchemaBuilder BindEnumValue(string enumName, string valueName, object runtimeValue)
    {
        _enumValues.Add((enumName, valueName, runtimeValue));
        return this;
    }

    /// <summary>Supplies the coercion of a custom scalar declared in the SDL.</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    public SchemaBuilder DefaultResolver(FieldResolver resolver)
    {
        _defaultResolver = resolver;
        return this;
    }

    /// <summary>Cost of a field for the MaxFieldCost limit (default 1).</summary>
    public SchemaBuilder Cost(string typeName, string fieldName, int cost)
    {
        _costs.Add((typeName, fieldName, cost));
        return this;
    }

    /// <summary>Builds and validates; throws <see cref="SchemaException"/> on any problem.</summary>
    public Schema Build()
    {
        var schema = BuildUnvalidated();
        if (schema.ValidationErrors.Count > 0)
        {
            throw new SchemaException([.. schema.ValidationErrors.Select(e => e.Message)]);
        }
        return schema;
    }

    /// <summary>
    /// Builds the schema, throwing only for SDL errors (as graphql-js buildSchema does); schema validation
    /// errors are left in <see cref="Schema.ValidationErrors"/> for the executor to report, as graphql() does.
    /// </summary>
    public Schema BuildUnvalidated()
    {
        var sdlErrors = SdlValidator.Validate(_document);
        if (sdlErrors.Count > 0)
        {
            throw new SchemaException(sdlErrors);
        }
        var schema = Assemble();
        schema.ValidationErrors = SchemaValidator.Validate(schema);
        return schema;
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(SchemaBuilder).Assembly;
        using var stream = assembly.GetManifestResourceStream("RightHelp.GraphQL.Types.Introspection." + name)
            ?? throw new InvalidOperationException("Missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<TypeSystemDefinitionNode> BuiltInDefinitions =>
        BuiltIns.Value.Definitions.OfType<TypeSystemDefinitionNode>();

    internal static IEnumerable<TypeSystemDefinitionNode> IntrospectionDefinitions =>
        IntrospectionSdl.Value.Definitions.OfType<TypeSystemDefinitionNode>();
}
