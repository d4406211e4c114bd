using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_operations_with_variables_directives_aliases_and_fragments()
    {
        var document = Parser.Parse("""
            query Q($id: ID! = "1" @d, $list: [Int!]) @op {
              alias: node(id: $id) { ... on Book { title } ...F @skip(if: true) }
            }
            fragment F on Book { pages }
            """);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[0].Type);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("alias", "node"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        Assert.IsType<InlineFragmentNode>(field.SelectionSet!.Selections[0]);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[1]);
        Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
    }

    [Fact]
    public void Parses_type_system_definitions_and_extensions()
    {
        var document = Parser.Parse("""
            "desc" schema { query: Q }
            interface A implements B & C { f(x: Int = 1 @deprecated): [String!]! }
            union U = | X | Y
            enum E { ONE @deprecated(reason: "r") TWO }
            input I @oneOf { a: Int }
            directive @d(a: Int) repeatable on FIELD | DIRECTIVE_DEFINITION
            extend type Q { more: Int }
            """);
        Assert.Equal(7, document.Definitions.Count);
        Assert.True(Assert.IsType<DirectiveDefinitionNode>(document.Definitions[5]).Repeatable);
        Assert.True(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[6]).IsExtension);
        Assert.Equal(2, Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types.Count);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("query ($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 18)]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("fragment on on X { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    public void Reports_syntax_errors_with_line_and_column(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Accepts_descriptions_on_executable_definitions_as_the_September_2025_spec_allows()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"frag\" fragment F on T { b }");
        Assert.Equal("op", ((OperationDefinitionNode)document.Definitions[0]).Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Counts_tokens_for_limits()
    {
        var document = Parser.Parse("{ a b }");
        Assert.Equal(4, document.TokenCount);
    }

    [Fact]
    public void A_syntax_error_deep_inside_lists_does_not_disturb_the_next_parse()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: [1, {b: [2, 3, {c: ["));
        var document = Parser.Parse("{ a(x: [1, {b: [2, 3]}], y: {}) @d(z: []) { b c ... on T { d } } }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(["x", "y"], field.Arguments.Select(a => a.Name.Value));
        var list = (ListValueNode)field.Arguments[0].Value;
        Assert.Equal(2, list.Values.Count);
        var inner = (ListValueNode)((ObjectValueNode)list.Values[1]).Fields[0].Value;
        Assert.Equal(["2", "3"], inner.Values.Select(v => ((IntValueNode)v).Value));
        Assert.Empty(((ObjectValueNode)field.Arguments[1].Value).Fields);
        Assert.Empty(((ListValueNode)Assert.Single(field.Directives).Arguments[0].Value).Values);
        Assert.Equal(3, field.SelectionSet!.Selections.Count);
        Assert.Equal("d", ((FieldNode)((InlineFragmentNode)field.SelectionSet.Selections[2]).SelectionSet.Selections[0]).Name.Value);
    }

    [Fact]
    public void Lists_longer_than_the_node_stack_starts_with_keep_every_item_in_order()
    {
        var names = Enumerable.Range(0, 5_000).Select(i => "f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var document = Parser.Parse("{ " + string.Join(' ', names) + " }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal(names, selections.Select(s => ((FieldNode)s).Name.Value));
    }
}
