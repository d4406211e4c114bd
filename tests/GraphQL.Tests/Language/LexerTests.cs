using RightHelp.GraphQL.Language;

namespace RightHelp.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Tokens(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Current);
        }
        return tokens;
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_the_byte_order_mark()
    {
        var tokens = Tokens("\uFEFF # comment\n ,, name # more\r\n");
        var name = Assert.Single(tokens);
        Assert.Equal(TokenKind.Name, name.Kind);
        Assert.Equal((2, 5), (name.Line, name.Column));
    }

    [Theory]
    [InlineData("\"a\\u00e9\\u{1F600}\"", "aé😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t")]
    public void Decodes_string_escapes_including_surrogate_pairs(string source, string expected) =>
        Assert.Equal(expected, Assert.Single(Tokens(source)).Value);

    [Fact]
    public void Block_strings_are_dedented_and_trimmed()
    {
        var token = Assert.Single(Tokens("\"\"\"\n    first\n      second\n\n    third\n  \"\"\""));
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("first\n  second\n\nthird", token.Value);
    }

    [Theory]
    [InlineData("007", "Invalid number, unexpected digit after 0: \"0\".")]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1x", "Invalid number, expected digit but got: \"x\".")]
    [InlineData(".5", "Invalid number, expected digit before \".\", did you mean \"0.5\"?")]
    [InlineData("\"abc", "Unterminated string.")]
    [InlineData("\"\\q\"", "Invalid character escape sequence: \"\\q\".")]
    [InlineData("'x'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    public void Reports_lexical_errors_worded_as_graphql_js(string source, string description)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Tokens(source));
        Assert.Equal("Syntax Error: " + description, error.Message);
    }

    [Fact]
    public void A_lone_surrogate_is_an_invalid_character()
    {
        var source = "{ a " + (char)0xD800 + " }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Tokens(source));
        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.Message);
    }

    [Fact]
    public void Numbers_keep_their_text_and_kind()
    {
        var tokens = Tokens("-12 3.5e-2 0");
        Assert.Equal([TokenKind.Int, TokenKind.Float, TokenKind.Int], tokens.Select(t => t.Kind));
        Assert.Equal(["-12", "3.5e-2", "0"], tokens.Select(t => t.Value));
    }
}
