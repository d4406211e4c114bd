using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language;

namespace RightHelp.GraphQL.Types;

/// <summary>Resolvers of the introspection types (spec 4.2), reading the schema objects directly.</summary>
internal static class Introspection
{
    private static readonly string[] KindNames = ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"];

    public static void Bind(Dictionary<string, NamedType> types)
    {
        // Bound as synchronous resolvers too, as SchemaBuilder.Bind does, so execution calls them without a ValueTask.
        void On(string type, string field, Func<ResolveContext, object?> resolve)
        {
            var definition = ((ComplexType)types[type]).GetField(field)!;
            definition.Resolver = ctx => new ValueTask<object?>(resolve(ctx));
            definition.SyncResolver = resolve;
        }

        On("__Schema", "description", c => ((Schema)c.Source!).Description);
        On("__Schema", "types", c => ((Schema)c.Source!).Types);
        On("__Schema", "queryType", c => ((Schema)c.Source!).QueryType);
        On("__Schema", "mutationType", c => ((Schema)c.Source!).MutationType);
        On("__Schema", "subscriptionType", c => ((Schema)c.Source!).SubscriptionType);
        On("__Schema", "directives", c =>
        {
            var all = ((Schema)c.Source!).Directives;
            return IncludeDeprecated(c) ? all : all.Where(d => d.DeprecationReason is null).ToList();
        });

        On("__Type", "kind", c => KindNames[(int)((GraphQLType)c.Source!).Kind]);
        On("__Type", "name", c => (c.Source as NamedType)?.Name);
        On("__Type", "description", c => (c.Source as NamedType)?.Description);
        On("__Type", "specifiedByURL", c => (c.Source as ScalarType)?.SpecifiedByUrl);
        On("__Type", "fields", c => c.Source is ComplexType complex
            ? (IncludeDeprecated(c) ? complex.Fields : complex.Fields.Where(f => f.DeprecationReason is null).ToList())
            : null);
        On("__Type", "interfaces", c => (c.Source as ComplexType)?.Interfaces);
        On("__Type", "possibleTypes", c => c.Source is NamedType { IsAbstract: true } abstractType ? c.Schema.GetPossibleTypes(abstractType) : null);
        On("__Type", "enumValues", c => c.Source is EnumType enumType
            ? (IncludeDeprecated(c) ? enumType.Values : enumType.Values.Where(v => v.DeprecationReason is null).ToList())
            : null);
        On("__Type", "inputFields", c => c.Source is InputObjectType input
            ? (IncludeDeprecated(c) ? input.Fields : input.Fields.Where(f => f.DeprecationReason is null).ToList())
            : null);
        On("__Type", "ofType", c => c.Source switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        On("__Type", "isOneOf", c => c.Source is InputObjectType input ? input.IsOneOf : null);

        On("__Field", "name", c => ((FieldDefinition)c.Source!).Name);
        On("__Field", "description", c => ((FieldDefinition)c.Source!).Description);
        On("__Field", "args", c =>
        {
            var args = ((FieldDefinition)c.Source!).Arguments;
            return IncludeDeprecated(c) ? args : args.Where(a => a.DeprecationReason is null).ToList();
        });
        On("__Field", "type", c => ((FieldDefinition)c.Source!).Type);
        On("__Field", "isDeprecated", c => ((FieldDefinition)c.Source!).DeprecationReason is not null);
        On("__Field", "deprecationReason", c => ((FieldDefinition)c.Source!).DeprecationReason);

        On("__InputValue", "name", c => ((InputValueDefinition)c.Source!).Name);
        On("__InputValue", "description", c => ((InputValueDefinition)c.Source!).Description);
        On("__InputValue", "type", c => ((InputValueDefinition)c.Source!).Type);
        On("__InputValue", "defaultValue", c => ((InputValueDefinition)c.Source!).DefaultValue is { } value ? Printer.Print(value) : null);
        On("__InputValue", "isDeprecated", c => ((InputValueDefinition)c.Source!).DeprecationReason is not null);
        On("__InputValue", "deprecationReason", c => ((InputValueDefinition)c.Source!).DeprecationReason);

        On("__EnumValue", "name", c => ((EnumValueDefinition)c.Source!).Name);
        On("__EnumValue", "description", c => ((EnumValueDefinition)c.Source!).Description);
        On("__EnumValue", "isDeprecated", c => ((EnumValueDefinition)c.Source!).DeprecationReason is not null);
        On("__EnumValue", "deprecationReason", c => ((EnumValueDefinition)c.Source!).DeprecationReason);

        On("__Directive", "name", c => ((DirectiveDefinition)c.Source!).Name);
        On("__Directive", "description", c => ((DirectiveDefinition)c.Source!).Description);
        On("__Directive", "isRepeatable", c => ((DirectiveDefinition)c.Source!).IsRepeatable);
        On("__Directive", "locations", c => ((DirectiveDefinition)c.Source!).Locations);
        On("__Directive", "args", c =>
        {
            var args = ((DirectiveDefinition)c.Source!).Arguments;
            return IncludeDeprecated(c) ? args : args.Where(a => a.DeprecationReason is null).ToList();
        });
        On("__Directive", "isDeprecated", c => ((DirectiveDefinition)c.Source!).DeprecationReason is not null);
        On("__Directive", "deprecationReason", c => ((DirectiveDefinition)c.Source!).DeprecationReason);
    }

    private static bool IncludeDeprecated(ResolveContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;
}
