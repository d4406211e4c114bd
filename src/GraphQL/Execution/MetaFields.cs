using System.Runtime.CompilerServices;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>The implicit fields __typename, __schema and __type (spec 4.1, 4.2).</summary>
internal static class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, Tuple<FieldDefinition, FieldDefinition>> PerSchema = new();

    public static FieldDefinition TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
    };

    public static (FieldDefinition Schema, FieldDefinition Type) For(Schema schema)
    {
        var pair = PerSchema.GetValue(schema, Create);
        return (pair.Item1, pair.Item2);
    }

    private static Tuple<FieldDefinition, FieldDefinition> Create(Schema schema)
    {
        var schemaField = new FieldDefinition("__schema", new NonNullType(schema.GetType("__Schema")!))
        {
            Description = "Access the current type schema of this server.",
            Resolver = context => new ValueTask<object?>(context.Schema),
        };
        var typeField = new FieldDefinition("__type", schema.GetType("__Type")!)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(context.Arguments.TryGetValue("name", out var name) && name is string s ? context.Schema.GetType(s) : null),
        };
        typeField.AddArgument(new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)) { Coordinate = "Query.__type(name:)" });
        return Tuple.Create(schemaField, typeField);
    }
}
