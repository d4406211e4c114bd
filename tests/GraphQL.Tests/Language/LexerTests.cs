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

    [Fact]
    public void Every_ascii_character_is_classified_as_the_spec_says()
    {
        for (var c = (char)0; c < 128; c++)
        {
            var text = "x" + c + "y";
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                Assert.Equal([(TokenKind.Name, text)], Tokens(text).Select(t => (t.Kind, t.Value)));
            }
            else if (c is ' ' or '\t' or ',' or '\n' or '\r')
            {
                Assert.Equal(["x", "y"], Tokens(text).Select(t => t.Value));
            }
            else if (c == '#')
            {
                Assert.Equal(["x"], Tokens(text).Select(t => t.Value));
            }
            else if ("!$&():=@[]{|}".Contains(c, StringComparison.Ordinal))
            {
                var tokens = Tokens(text);
                Assert.Equal(3, tokens.Count);
                Assert.Equal($"\"{c}\"", Token.Describe(tokens[1].Kind));
                Assert.Equal((1, 2), (tokens[1].Line, tokens[1].Column));
            }
            else
            {
                Assert.Throws<GraphQLSyntaxException>(() => Tokens(text));
            }
        }
    }

    [Fact]
    public void Line_and_column_count_every_kind_of_line_break_and_indentation()
    {
        var tokens = Tokens("a\n  b\r\n\tc\r   d \"\"\"x\n\n\"\"\" e");
        Assert.Equal([(1, 1), (2, 3), (3, 2), (4, 4), (4, 6), (6, 5)], tokens.Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void Lookahead_leaves_the_current_token_and_position_alone()
    {
        var lexer = new Lexer("a\nb c");
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal(("a", 1, 1), (lexer.Current.Value, lexer.Current.Line, lexer.Current.Column));
        Assert.Equal(("b", 2, 1), (lexer.Advance().Value, lexer.Current.Line, lexer.Current.Column));
        Assert.Equal(("c", 2, 3), (lexer.Advance().Value, lexer.Current.Line, lexer.Current.Column));
    }

    [Fact]
    public void Repeated_names_share_one_string_and_many_distinct_names_all_come_back_right()
    {
        var first = Assert.Single(Tokens("sharedName")).Value;
        var second = Assert.Single(Tokens("{ sharedName }"), t => t.Kind == TokenKind.Name).Value;
        Assert.Same(first, second);

        // Far more names than the name table has slots, so slots are replaced while others are still in use.
        var names = Enumerable.Range(0, 20_000).Select(i => "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var text = string.Join(' ', names);
        Assert.Equal(names, Tokens(text).Select(t => t.Value));
        Assert.Equal(names, Tokens(text).Select(t => t.Value));
        var longName = new string('l', 200);
        Assert.Equal(longName, Assert.Single(Tokens(longName)).Value);
    }
}
