using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation;

/// <summary>Field definitions including the meta fields (graphql-js getFieldDef).</summary>
internal static class FieldLookup
{
    public static FieldDefinition? Find(Schema schema, NamedType parent, string name)
    {
        if (name == "__typename" && parent.IsComposite)
        {
            return MetaFields.TypeName;
        }
        if (ReferenceEquals(parent, schema.QueryType) && name is "__schema" or "__type")
        {
            var (schemaField, typeField) = MetaFields.For(schema);
            return name == "__schema" ? schemaField : typeField;
        }
        return (parent as ComplexType)?.GetField(name);
    }
}
