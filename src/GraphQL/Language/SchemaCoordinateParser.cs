using System.Globalization;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>
/// Parses a schema coordinate (spec "Schema Coordinates", September 2025):
/// <c>Type</c>, <c>Type.member</c>, <c>Type.field(arg:)</c>, <c>@directive</c> or <c>@directive(arg:)</c>.
/// A coordinate has its own lexical grammar: only names and the punctuators <c>@ . ( : )</c>, and no ignored
/// tokens at all, so a space, comma or comment anywhere is a syntax error. Errors are worded as graphql-js words them.
/// </summary>
public static class SchemaCoordinateParser
{
    private const char Name = 'N';
    private const char EndOfFile = '\0';

    /// <summary>Parses <paramref name="text"/>; throws <see cref="GraphQLSyntaxException"/> with line and column.</summary>
    public static SchemaCoordinateNode Parse(string text)
    {
        var position = 0;
        var start = Peek(text, position);
        if (start.Kind == '@')
        {
            position = start.End;
            var directive = ExpectName(text, ref position);
            if (Peek(text, position).Kind != '(')
            {
                ExpectEnd(text, position);
                return new DirectiveCoordinateNode(directive) { Location = Span(text, 0, position) };
            }
            var argument = ExpectArgument(text, ref position);
            ExpectEnd(text, position);
            return new DirectiveArgumentCoordinateNode(directive, argument) { Location = Span(text, 0, position) };
        }

        var type = ExpectName(text, ref position);
        if (Peek(text, position).Kind != '.')
        {
            ExpectEnd(text, position);
            return new TypeCoordinateNode(type) { Location = Span(text, 0, position) };
        }
        position = Peek(text, position).End;
        var member = ExpectName(text, ref position);
        if (Peek(text, position).Kind != '(')
        {
            ExpectEnd(text, position);
            return new MemberCoordinateNode(type, member) { Location = Span(text, 0, position) };
        }
        var fieldArgument = ExpectArgument(text, ref position);
        ExpectEnd(text, position);
        return new ArgumentCoordinateNode(type, member, fieldArgument) { Location = Span(text, 0, position) };
    }

    /// <summary>Whether <paramref name="text"/> is a well-formed schema coordinate.</summary>
    public static bool TryParse(string text, out SchemaCoordinateNode? coordinate)
    {
        try
        {
            coordinate = Parse(text);
            return true;
        }
        catch (GraphQLSyntaxException)
        {
            coordinate = null;
            return false;
        }
    }

    /// <summary><c>( Name : )</c> after a field or directive name.</summary>
    private static NameNode ExpectArgument(string text, ref int position)
    {
        position = Peek(text, position).End;
        var argument = ExpectName(text, ref position);
        Expect(text, ref position, ':');
        Expect(text, ref position, ')');
        return argument;
    }

    private static NameNode ExpectName(string text, ref int position)
    {
        var token = Peek(text, position);
        if (token.Kind != Name)
        {
            throw Error(text, token.Start, $"Expected Name, found {Describe(text, token)}.");
        }
        position = token.End;
        return new NameNode(text[token.Start..token.End]) { Location = Span(text, token.Start, token.End) };
    }

    private static void Expect(string text, ref int position, char punctuator)
    {
        var token = Peek(text, position);
        if (token.Kind != punctuator)
        {
            throw Error(text, token.Start, $"Expected \"{punctuator}\", found {Describe(text, token)}.");
        }
        position = token.End;
    }

    private static void ExpectEnd(string text, int position)
    {
        var token = Peek(text, position);
        if (token.Kind != EndOfFile)
        {
            throw Error(text, token.Start, $"Expected <EOF>, found {Describe(text, token)}.");
        }
    }

    /// <summary>The token starting at <paramref name="position"/>: a name, a punctuator or the end.</summary>
    private static (char Kind, int Start, int End) Peek(string text, int position)
    {
        if (position >= text.Length)
        {
            return (EndOfFile, position, position);
        }
        var c = text[position];
        if (c is '@' or '.' or '(' or ')' or ':')
        {
            return (c, position, position + 1);
        }
        if (Lexer.IsNameStart(c))
        {
            var end = position + 1;
            while (end < text.Length && (Lexer.IsNameStart(text[end]) || Lexer.IsDigit(text[end])))
            {
                end++;
            }
            return (Name, position, end);
        }
        throw Error(text, position, $"Invalid character: {PrintCodePoint(text, position)}.");
    }

    private static string Describe(string text, (char Kind, int Start, int End) token) => token.Kind switch
    {
        EndOfFile => "<EOF>",
        Name => $"Name \"{text[token.Start..token.End]}\"",
        _ => $"\"{token.Kind}\"",
    };

    private static string PrintCodePoint(string text, int position)
    {
        int code = char.IsHighSurrogate(text[position]) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1])
            ? char.ConvertToUtf32(text[position], text[position + 1])
            : text[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static Location Span(string text, int start, int end)
    {
        var location = GraphQLSyntaxException.LocationOf(text, start);
        return new Location(start, end, location.Line, location.Column);
    }

    private static GraphQLSyntaxException Error(string text, int position, string description) =>
        new(description, GraphQLSyntaxException.LocationOf(text, position));
}
