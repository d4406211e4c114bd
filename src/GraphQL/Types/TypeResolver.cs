using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>Turns a type reference of a document into a schema type (graphql-js typeFromAST); null when unknown.</summary>
public static class TypeResolver
{
    public static GraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
