namespace RightHelp.GraphQL.Types;

/// <summary>
/// Orders the schema's types exactly as graphql-js's GraphQLSchema constructor does, so introspection
/// lists types in the same order: declared types re-collected depth first, then roots, directive
/// arguments and the introspection types.
/// </summary>
internal static class TypeOrder
{
    public static List<NamedType> Collect(List<NamedType> declared, ObjectType? query, ObjectType? mutation, ObjectType? subscription,
        List<DirectiveDefinition> directives, ObjectType schemaType)
    {
        var slots = new List<NamedType?>();
        var index = new Dictionary<NamedType, int>(ReferenceEqualityComparer.Instance);
        foreach (var type in declared)
        {
            if (!index.ContainsKey(type))
            {
                index[type] = slots.Count;
                slots.Add(type);
            }
        }

        void Visit(GraphQLType type)
        {
            var named = type.Named;
            if (index.ContainsKey(named))
            {
                return;
            }
            index[named] = slots.Count;
            slots.Add(named);
            switch (named)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Visit(member);
                    }
                    break;
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                    {
                        Visit(iface);
                    }
                    foreach (var field in complex.Fields)
                    {
                        Visit(field.Type);
                        foreach (var argument in field.Arguments)
                        {
                            Visit(argument.Type);
                        }
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Visit(field.Type);
                    }
                    break;
            }
        }

        foreach (var type in declared)
        {
            if (index.Remove(type, out var at))
            {
                slots[at] = null;
            }
            Visit(type);
        }
        if (query is not null)
        {
            Visit(query);
        }
        if (mutation is not null)
        {
            Visit(mutation);
        }
        if (subscription is not null)
        {
            Visit(subscription);
        }
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Visit(argument.Type);
            }
        }
        Visit(schemaType);
        var result = new List<NamedType>(index.Count);
        foreach (var slot in slots)
        {
            if (slot is not null)
            {
                result.Add(slot);
            }
        }
        return result;
    }
}
