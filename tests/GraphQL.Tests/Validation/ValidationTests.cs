using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Validation;
using RightHelp.GraphQL.Validation.Rules;

namespace RightHelp.GraphQL.Tests.Validation;

public sealed class ValidationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union CatOrDog = Cat | Dog
        input Filter { name: String! }
        type Query { pet: Pet dog: Dog search(f: Filter, n: Int!): [Pet] }
        """).Build();

    private static List<string> Errors(string query, params ValidationRule[] rules) =>
        [.. DocumentValidator.Validate(Schema, Parser.Parse(query), rules.Length == 0 ? DocumentValidator.SpecifiedRules() : rules).Select(e => e.Message)];

    [Fact]
    public void A_valid_document_has_no_errors() =>
        Assert.Empty(Errors("query Q($n: Int!) { pet { name ... on Dog { barks } } search(f: {name: \"x\"}, n: $n) { __typename } }"));

    [Fact]
    public void Unknown_fields_suggest_inline_fragments_on_abstract_types() =>
        Assert.Equal(["Cannot query field \"barks\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?"], Errors("{ pet { barks } }"));

    [Fact]
    public void Conflicting_response_names_are_reported_once_per_pair() =>
        Assert.Equal(
            ["Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional."],
            Errors("{ dog { x: name x: barks } }", new OverlappingFieldsCanBeMerged()));

    [Fact]
    public void Variables_must_be_defined_used_and_allowed() =>
        Assert.Equal(
            [
                "Variable \"$m\" is not defined by operation \"Q\".",
                "Variable \"$unused\" is never used in operation \"Q\".",
                "Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\".",
            ],
            Errors("query Q($n: Int, $unused: Int) { search(n: $n) { name } a: search(n: $m) { name } }",
                new NoUndefinedVariables(), new NoUnusedVariables(), new VariablesInAllowedPosition()));

    [Fact]
    public void Literal_values_are_checked_against_input_types() =>
        Assert.Equal(
            [
                "Expected value of type \"Filter\" to include required field \"name\", found: {}.",
                "Int cannot represent non-integer value: \"1\"",
            ],
            Errors("{ search(f: {}, n: \"1\") { name } }", new ValuesOfCorrectType()));

    [Fact]
    public void Every_rule_is_a_sealed_class_documenting_its_spec_section()
    {
        foreach (var rule in DocumentValidator.SpecifiedRules())
        {
            Assert.True(rule.GetType().IsSealed, rule.GetType().Name);
        }
        Assert.Equal(28, DocumentValidator.SpecifiedRules().Count);
    }
}
