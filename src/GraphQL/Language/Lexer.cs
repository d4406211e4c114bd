using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace RightHelp.GraphQL.Language;

/// <summary>
/// Turns a document into tokens (spec 2.1). Comments, whitespace, commas and the BOM are skipped.
/// Errors carry the graphql-js wording so clients see the same messages.
/// </summary>
public sealed class Lexer
{
    // Character classes for ASCII, so the hot loop does one table load and one switch per token.
    private const byte Invalid = 0;
    private const byte Blank = 1;
    private const byte LineFeed = 2;
    private const byte CarriageReturn = 3;
    private const byte Comment = 4;
    private const byte NameStart = 5;
    private const byte Digit = 6;
    private const byte Minus = 7;
    private const byte Quote = 8;
    private const byte Dot = 9;

    /// <summary>A punctuator's class is this plus its <see cref="TokenKind"/>.</summary>
    private const byte Punctuator = 32;

    /// <summary>Class of each ASCII character (128 entries; indexed only after a bounds check against 128).</summary>
    private static readonly byte[] Classes = BuildClasses();

    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string body)
    {
        _body = body;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    // The current token, kept as separate properties so the parser reads them in place instead of copying a
    // Token (six fields) every time it looks at one.
    internal TokenKind Kind { get; private set; }
    internal int Start { get; private set; }
    internal int End { get; private set; }
    internal int Line { get; private set; }
    internal int Column { get; private set; }

    /// <summary>Names (shared through <see cref="NameTable"/>) and numbers as written; strings cooked.</summary>
    internal string? Value { get; private set; }

    public Token Current => new(Kind, Start, End, Line, Column, Value);

    public Token Advance()
    {
        MoveNext();
        return Current;
    }

    /// <summary>Reads the token after the current one without consuming it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        var current = Current;
        MoveNext();
        var next = Current;
        (_position, _line, _lineStart) = (position, line, lineStart);
        (Kind, Start, End, Line, Column, Value) = current;
        return next;
    }

    private GraphQLSyntaxException Error(int position, string description) =>
        new(description, GraphQLSyntaxException.LocationOf(_body, position));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Set(TokenKind kind, int start, int end, string? value)
    {
        _position = end;
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = start + 1 - _lineStart;
        Value = value;
    }

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClassOf(int code) =>
        (uint)code < 128 ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Classes), code) : code == '\uFEFF' ? Blank : Invalid;

    /// <summary>Reads the next token into <see cref="Kind"/>, <see cref="Start"/> and the rest.</summary>
    internal void MoveNext()
    {
        var body = _body;
        var position = _position;
        while ((uint)position < (uint)body.Length)
        {
            int code = body[position];
            var kind = ClassOf(code);
            if (kind >= Punctuator)
            {
                Set((TokenKind)(kind - Punctuator), position, position + 1, null);
                return;
            }
            switch (kind)
            {
                case NameStart:
                    ReadName(position, code);
                    return;
                case Blank:
                    position++;
                    continue;
                case LineFeed:
                    position++;
                    _line++;
                    _lineStart = position;
                    // Indentation follows most line breaks: skip it here rather than once round the loop a space.
                    while ((uint)position < (uint)body.Length && body[position] == ' ')
                    {
                        position++;
                    }
                    continue;
                case CarriageReturn:
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case Comment:
                    position = SkipComment(position);
                    continue;
                case Digit:
                case Minus:
                    ReadNumber(position, code);
                    return;
                case Quote:
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }
                    return;
                case Dot:
                    {
                        var next = CharAt(position + 1);
                        if (next == '.' && CharAt(position + 2) == '.')
                        {
                            Set(TokenKind.Spread, position, position + 3, null);
                            return;
                        }
                        if (next == '.')
                        {
                            throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                        }
                        if (IsDigit(next))
                        {
                            var end = position + 1;
                            while (IsDigit(CharAt(end)))
                            {
                                end++;
                            }
                            throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{body[(position + 1)..end]}\"?");
                        }
                        break;
                    }
            }
            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsScalarValue(code) || IsSupplementary(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        Set(TokenKind.EndOfFile, body.Length, body.Length, null);
    }

    /// <summary>Scans a name, hashing it on the way so <see cref="NameTable"/> can hand back a shared string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadName(int start, int first)
    {
        var body = _body;
        // Rotate-and-xor costs a cycle or two a character (a multiply a character measured slower);
        // NameTable mixes the result once.
        var hash = (uint)first;
        var end = start + 1;
        while ((uint)end < (uint)body.Length)
        {
            int code = body[end];
            if ((uint)(ClassOf(code) - NameStart) > Digit - NameStart)
            {
                break;
            }
            hash = BitOperations.RotateLeft(hash, 5) ^ (uint)code;
            end++;
        }
        Set(TokenKind.Name, start, end, NameTable.Get(body, start, end - start, hash));
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        classes[' '] = classes['\t'] = classes[','] = Blank;
        classes['\n'] = LineFeed;
        classes['\r'] = CarriageReturn;
        classes['#'] = Comment;
        for (var c = 'A'; c <= 'Z'; c++)
        {
            classes[c] = classes[c + ('a' - 'A')] = NameStart;
        }
        classes['_'] = NameStart;
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = Digit;
        }
        classes['-'] = Minus;
        classes['"'] = Quote;
        classes['.'] = Dot;
        foreach (var (c, kind) in new[]
        {
            ('!', TokenKind.Bang), ('$', TokenKind.Dollar), ('&', TokenKind.Amp), ('(', TokenKind.ParenL),
            (')', TokenKind.ParenR), (':', TokenKind.Colon), ('=', TokenKind.EqualsSign), ('@', TokenKind.At),
            ('[', TokenKind.BracketL), (']', TokenKind.BracketR), ('{', TokenKind.BraceL), ('|', TokenKind.Pipe),
            ('}', TokenKind.BraceR),
        })
        {
            classes[c] = (byte)(Punctuator + (int)kind);
        }
        return classes;
    }

    private int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }
            if (IsScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementary(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }
        return position;
    }

    private void ReadNumber(int start, int code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }
        Set(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }

    private void ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body[chunkStart..position];
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }
                Set(TokenKind.String, start, position + 1, text);
                return;
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size;
                if (CharAt(position + 1) == 'u')
                {
                    size = CharAt(position + 2) == '{'
                        ? ReadVariableWidthEscape(position, value)
                        : ReadFixedWidthEscape(position, value);
                }
                else
                {
                    value.Append(ReadEscapedCharacter(position));
                    size = 2;
                }
                position += size;
                chunkStart = position;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                break;
            }
            if (IsScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementary(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }
        throw Error(position, "Unterminated string.");
    }

    private int ReadVariableWidthEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            var digit = HexDigit(code);
            if (digit < 0 || point > 0x10FFFF)
            {
                point = -1;
                break;
            }
            point = (point << 4) | digit;
        }
        var end = Math.Min(position + size, _body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
    }

    private int ReadFixedWidthEscape(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code >= 0xD800 && code <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        var end = Math.Min(position + 6, _body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
    }

    private int Read16BitHex(int position)
    {
        var a = HexDigit(CharAt(position));
        var b = HexDigit(CharAt(position + 1));
        var c = HexDigit(CharAt(position + 2));
        var d = HexDigit(CharAt(position + 3));
        return a < 0 || b < 0 || c < 0 || d < 0 ? -1 : (a << 12) | (b << 8) | (c << 4) | d;
    }

    private char ReadEscapedCharacter(int position)
    {
        switch (CharAt(position + 1))
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
        }
        var end = Math.Min(position + 2, _body.Length);
        throw Error(position, $"Invalid character escape sequence: \"{_body[position..end]}\".");
    }

    private void ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                Set(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return;
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }
            if (IsScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementary(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }
        throw Error(position, "Unterminated string.");
    }

    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        int code = IsSupplementary(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private bool IsSupplementary(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private static bool IsScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    internal static bool IsDigit(int code) => code >= '0' && code <= '9';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private static int HexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };
}
