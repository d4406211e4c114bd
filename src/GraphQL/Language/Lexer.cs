using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace RightHelp.GraphQL.Language;

/// <summary>
/// Turns a document into tokens (spec 2.1). Comments, whitespace, commas and the BOM are skipped.
/// Errors carry the graphql-js wording so clients see the same messages.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Runs of these are skipped in one vectorised search (indentation is most of a pretty-printed document).</summary>
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t,\uFEFF");
    private static readonly SearchValues<char> NameContinue = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    private Token _current;

    public Lexer(string body)
    {
        _body = body;
        _current = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Token Current => _current;

    /// <summary>The current token without copying it: the parser looks at it several times per token.</summary>
    internal ref readonly Token CurrentRef => ref _current;

    public Token Advance()
    {
        _current = ReadToken();
        return _current;
    }

    internal void MoveNext() => _current = ReadToken();

    /// <summary>Reads the token after the current one without consuming it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart, current) = (_position, _line, _lineStart, _current);
        var next = ReadToken();
        (_position, _line, _lineStart, _current) = (position, line, lineStart, current);
        return next;
    }

    private GraphQLSyntaxException Error(int position, string description) =>
        new(description, GraphQLSyntaxException.LocationOf(_body, position));

    private Token Make(TokenKind kind, int start, int end, string? value = null)
    {
        _position = end;
        return new Token(kind, start, end, _line, start + 1 - _lineStart, value);
    }

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private Token ReadToken()
    {
        var body = _body;
        var position = _position;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    {
                        var run = body.AsSpan(position + 1).IndexOfAnyExcept(Blanks);
                        position = run < 0 ? body.Length : position + 1 + run;
                        continue;
                    }
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Make(TokenKind.Bang, position, position + 1);
                case '$': return Make(TokenKind.Dollar, position, position + 1);
                case '&': return Make(TokenKind.Amp, position, position + 1);
                case '(': return Make(TokenKind.ParenL, position, position + 1);
                case ')': return Make(TokenKind.ParenR, position, position + 1);
                case '.':
                    {
                        var next = CharAt(position + 1);
                        if (next == '.' && CharAt(position + 2) == '.')
                        {
                            return Make(TokenKind.Spread, position, position + 3);
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
                case ':': return Make(TokenKind.Colon, position, position + 1);
                case '=': return Make(TokenKind.EqualsSign, position, position + 1);
                case '@': return Make(TokenKind.At, position, position + 1);
                case '[': return Make(TokenKind.BracketL, position, position + 1);
                case ']': return Make(TokenKind.BracketR, position, position + 1);
                case '{': return Make(TokenKind.BraceL, position, position + 1);
                case '|': return Make(TokenKind.Pipe, position, position + 1);
                case '}': return Make(TokenKind.BraceR, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }
            if (IsNameStart(code))
            {
                var length = body.AsSpan(position + 1).IndexOfAnyExcept(NameContinue);
                var end = length < 0 ? body.Length : position + 1 + length;
                return Make(TokenKind.Name, position, end, body[position..end]);
            }
            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsScalarValue(code) || IsSupplementary(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return Make(TokenKind.EndOfFile, body.Length, body.Length);
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

    private Token ReadNumber(int start, int code)
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
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
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

    private Token ReadString(int start)
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
                return Make(TokenKind.String, start, position + 1, text);
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

    private Token ReadBlockString(int start)
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
                var token = Make(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
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
