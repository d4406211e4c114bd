using System.Text;

namespace RightHelp.Api.Listings;

/// <summary>
/// RFC 4180 CSV: CRLF between records, fields quoted when they hold a comma, quote or line break,
/// quotes doubled. A cell starting with = + - @ (or a tab or carriage return) would run as a formula
/// in a spreadsheet, so it gets a leading apostrophe first: listings are written by partners.
/// </summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
