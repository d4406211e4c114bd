using System.Globalization;

namespace RightHelp.GraphQL.Types.Scalars;

/// <summary>JavaScript-like number handling shared by the built-in scalars.</summary>
internal static class ScalarConversions
{
    internal static bool TryNumber(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case uint u: number = u; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    internal static bool IsInteger(double d) => !double.IsInfinity(d) && Math.Floor(d) == d;

    internal static double JsNumberFromString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }
}
