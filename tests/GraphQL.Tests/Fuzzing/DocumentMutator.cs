using System.Text;

namespace RightHelp.GraphQL.Tests.Fuzzing;

/// <summary>
/// Turns a valid document into a hostile one with a seeded <see cref="Random"/>: stray tokens,
/// deletions, copies, deep nesting, huge strings, lone surrogates (what invalid UTF-8 becomes once
/// decoded) and fragment cycles. The same seed always gives the same documents.
/// </summary>
internal sealed class DocumentMutator(Random random)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", "...", "on", "fragment", "query", "mutation", "subscription", "$", "$v", "$v: Int = 1",
        "@include(if: true)", "@skip(if: $v)", "@deprecated", "\"", "\"\"\"", ":", "!", "=", "|", "&", ",", "#", "\n", "\t",
        "__typename", "__schema { types { name fields { name } } }", "__type(name: \"Query\") { name }", "null", "true",
        "1e999", "-0", "0x1F", "1.", "9223372036854775808", "\"\\u{D800}\"", "\"\\uD800\"", "\"\\x\"", "\\", "\u0000",
        "\u00A0", "\uFEFF", "\u2028", "a:", "b: a", "alias: __typename", "{ ...F }", "... on Query { __typename }",
        "input", "type", "schema", "extend", "directive @d on FIELD", "enum", "scalar", "&&", "....", ". . .",
    ];

    public string Mutate(string document, string rootType)
    {
        var text = document;
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            text = random.Next(12) switch
            {
                0 or 1 or 2 => Insert(text, Tokens[random.Next(Tokens.Length)]),
                3 or 4 => Delete(text),
                5 => Copy(text),
                6 => Insert(text, Nesting()),
                7 => Insert(text, HugeString()),
                8 => Insert(text, Garbage()),
                9 => text + FragmentCycle(rootType),
                10 => Insert(text, RandomName()),
                _ => Truncate(text),
            };
        }
        return text;
    }

    private int Position(string text) => random.Next(text.Length + 1);

    private string Insert(string text, string piece)
    {
        var at = Position(text);
        return text[..at] + " " + piece + " " + text[at..];
    }

    private string Delete(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, 1 + random.Next(random.Next(2) == 0 ? 3 : 40));
        return text.Remove(at, length);
    }

    private string Copy(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, 1 + random.Next(200));
        return Insert(text, text.Substring(at, length));
    }

    private string Truncate(string text) => text[..random.Next(text.Length + 1)];

    private string Nesting()
    {
        var depth = random.Next(4) == 0 ? 1 + random.Next(5_000) : 1 + random.Next(60);
        var (open, close, unit) = random.Next(4) switch
        {
            0 => ("{", "}", "a "),
            1 => ("[", "]", ""),
            2 => ("(", ")", "a: "),
            _ => ("{", "}", "... on Query "),
        };
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(unit).Append(open);
        }
        if (random.Next(2) == 0)
        {
            builder.Insert(builder.Length, close, depth);
        }
        return builder.ToString();
    }

    private string HugeString()
    {
        var length = random.Next(4) == 0 ? 70_000 + random.Next(200_000) : random.Next(5_000);
        var block = random.Next(2) == 0;
        var quote = block ? "\"\"\"" : "\"";
        return quote + new string((char)('a' + random.Next(26)), length) + (random.Next(5) == 0 ? "" : quote);
    }

    private string Garbage()
    {
        var builder = new StringBuilder();
        var length = 1 + random.Next(20);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(5) switch
            {
                0 => (char)(0xD800 + random.Next(0x800)),
                1 => (char)random.Next(0x20),
                2 => (char)(0x80 + random.Next(0x780)),
                3 => '\uFFFD',
                _ => (char)random.Next(0x10000),
            });
        }
        return builder.ToString();
    }

    private string FragmentCycle(string rootType) => random.Next(3) switch
    {
        0 => $" fragment A on {rootType} {{ ...B }} fragment B on {rootType} {{ ...A }} query Q {{ ...A }}",
        1 => $" fragment A on {rootType} {{ __typename ...A }} {{ ...A }}",
        _ => $" fragment A on {rootType} {{ ...B }} fragment B on {rootType} {{ ...C }} fragment C on {rootType} {{ ...A __typename }}",
    };

    private string RandomName()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789";
        var length = 1 + random.Next(12);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = letters[r.Next(letters.Length)];
            }
        });
    }
}
