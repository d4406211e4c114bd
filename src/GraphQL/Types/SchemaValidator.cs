using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>Schema validation (spec 3 type validation rules), worded as graphql-js validateSchema.</summary>
internal static class SchemaValidator
{
    public static List<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message, params SyntaxNode?[] nodes)
        {
            var locations = new List<SourceLocation>();
            foreach (var node in nodes)
            {
                if (node is not null)
                {
                    locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
                }
            }
            errors.Add(new GraphQLError(message, locations.Count > 0 ? locations : null));
        }
        if (schema.QueryType is null)
        {
            Report("Query root type must be provided.");
        }
        SchemaTypeRules.Check(schema, Report);
        return errors;
    }
}
