using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Tests.Language;

/// <summary>Schema coordinates: the five forms parse and print back unchanged; malformed text fails where graphql-js 17.1.0 says it does.</summary>
public sealed class SchemaCoordinateParserTests
{
    [Theory]
    [InlineData("Plan", typeof(TypeCoordinateNode))]
    [InlineData("Plan.worker", typeof(MemberCoordinateNode))]
    [InlineData("Query.plans(first:)", typeof(ArgumentCoordinateNode))]
    [InlineData("@deprecated", typeof(DirectiveCoordinateNode))]
    [InlineData("@deprecated(reason:)", typeof(DirectiveArgumentCoordinateNode))]
    [InlineData("__Type.fields(includeDeprecated:)", typeof(ArgumentCoordinateNode))]
    [InlineData("_a1.B_2", typeof(MemberCoordinateNode))]
    public void Each_form_parses_to_its_node_and_prints_back_unchanged(string text, Type kind)
    {
        var coordinate = SchemaCoordinateParser.Parse(text);

        Assert.IsType(kind, coordinate);
        Assert.Equal(text, coordinate.ToString());
        Assert.Equal(text, Printer.Print(coordinate));
        Assert.Equal((0, text.Length, 1, 1), (coordinate.Location.Start, coordinate.Location.End, coordinate.Location.Line, coordinate.Location.Column));
    }

    [Fact]
    public void Argument_coordinate_keeps_each_name_with_its_position()
    {
        var coordinate = Assert.IsType<ArgumentCoordinateNode>(SchemaCoordinateParser.Parse("Query.plans(first:)"));

        Assert.Equal(("Query", "plans", "first"), (coordinate.Name.Value, coordinate.FieldName.Value, coordinate.ArgumentName.Value));
        Assert.Equal(7, coordinate.FieldName.Location.Column);
        Assert.Equal(13, coordinate.ArgumentName.Location.Column);
    }

    [Fact]
    public void Directive_argument_coordinate_keeps_both_names()
    {
        var coordinate = Assert.IsType<DirectiveArgumentCoordinateNode>(SchemaCoordinateParser.Parse("@specifiedBy(url:)"));

        Assert.Equal(("specifiedBy", "url"), (coordinate.Name.Value, coordinate.ArgumentName.Value));
    }

    // Messages and columns are graphql-js 17.1.0's parseSchemaCoordinate for the same text.
    [Theory]
    [InlineData("", "Expected Name, found <EOF>.", 1)]
    [InlineData(" Type", "Invalid character: \" \".", 1)]
    [InlineData("Type .field", "Invalid character: \" \".", 5)]
    [InlineData("Type,", "Invalid character: \",\".", 5)]
    [InlineData("Type#comment", "Invalid character: \"#\".", 5)]
    [InlineData("Ty\u00e9pe", "Invalid character: U+00E9.", 3)]
    [InlineData("1Type", "Invalid character: \"1\".", 1)]
    [InlineData("@", "Expected Name, found <EOF>.", 2)]
    [InlineData("Type.field(arg)", "Expected \":\", found \")\".", 15)]
    [InlineData("Type.field(arg:", "Expected \")\", found <EOF>.", 16)]
    [InlineData("Type.field()", "Expected Name, found \")\".", 12)]
    [InlineData("Type.field.x", "Expected <EOF>, found \".\".", 11)]
    [InlineData("@dir.field", "Expected <EOF>, found \".\".", 5)]
    [InlineData("A.b(c:)d", "Expected <EOF>, found Name \"d\".", 8)]
    [InlineData("Type(arg:)", "Expected <EOF>, found \"(\".", 5)]
    public void Malformed_coordinates_fail_with_a_syntax_error_at_line_and_column(string text, string description, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaCoordinateParser.Parse(text));

        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal((1, column), (error.Location.Line, error.Location.Column));
        Assert.False(SchemaCoordinateParser.TryParse(text, out _));
    }

    [Fact]
    public void A_line_break_is_an_invalid_character_too()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaCoordinateParser.Parse("Type\n.field"));

        Assert.Equal("Syntax Error: Invalid character: U+000A.", error.Message);
        Assert.Equal((1, 5), (error.Location.Line, error.Location.Column));
    }
}
