using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.Language;

/// <summary>A document could not be parsed; the message is worded as graphql-js words it.</summary>
public sealed class GraphQLSyntaxException(string description, SourceLocation location)
    : Exception("Syntax Error: " + description)
{
    public string Description { get; } = description;
    public SourceLocation Location { get; } = location;

    /// <summary>Line and column (1-based, UTF-16 code units) of an offset, counting \r\n, \n and \r as line breaks.</summary>
    public static SourceLocation LocationOf(string body, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position - lineStart + 1);
    }
}
