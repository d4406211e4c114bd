using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Validation.Rules;

namespace RightHelp.GraphQL.Validation;

/// <summary>Runs the spec section 5 rules (in graphql-js's order) and the configured limits over a document.</summary>
public static class DocumentValidator
{
    /// <summary>The rules of spec section 5 plus graphql-js's recommended MaxIntrospectionDepth, in graphql-js order.</summary>
    public static IReadOnlyList<ValidationRule> SpecifiedRules(int maxIntrospectionDepth = 3) =>
    [
        new ExecutableDefinitions(),
        new KnownOperationTypes(),
        new UniqueOperationNames(),
        new LoneAnonymousOperation(),
        new SingleFieldSubscriptions(),
        new KnownTypeNames(),
        new FragmentsOnCompositeTypes(),
        new VariablesAreInputTypes(),
        new ScalarLeafs(),
        new FieldsOnCorrectType(),
        new UniqueFragmentNames(),
        new KnownFragmentNames(),
        new NoUnusedFragments(),
        new PossibleFragmentSpreads(),
        new NoFragmentCycles(),
        new UniqueVariableNames(),
        new NoUndefinedVariables(),
        new NoUnusedVariables(),
        new KnownDirectives(),
        new UniqueDirectivesPerLocation(),
        new KnownArgumentNames(),
        new UniqueArgumentNames(),
        new ValuesOfCorrectType(),
        new ProvidedRequiredArguments(),
        new VariablesInAllowedPosition(),
        new OverlappingFieldsCanBeMerged(),
        new UniqueInputFieldNames(),
        new MaxIntrospectionDepth(maxIntrospectionDepth),
    ];

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<ValidationRule> rules, int maxErrors = 100)
    {
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, errors, maxErrors);
        try
        {
            new DocumentWalker(context, rules).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
        }
        return errors;
    }
}
