using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>
/// Draws a line chart as SVG on the server, so it works without JavaScript. Built with
/// <see cref="XElement"/>, never string concatenation, so every label is escaped. Accessible:
/// <c>role="img"</c> with a title and description, lines told apart by dash and marker shape as
/// well as colour (WCAG 1.4.1), and the data as a table for anyone who cannot see the chart.
/// </summary>
public static partial class SvgLineChart
{
    private const double Width = 640;
    private const double Height = 320;
    private const double Left = 48;
    private const double Right = 16;
    private const double Top = 56;
    private const double Bottom = 56;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>GOV.UK palette colours with at least 3:1 contrast on white, and a dash per line.</summary>
    private static readonly (string Colour, string? Dash, string Marker)[] Styles =
    [
        ("#1d70b8", null, "circle"),
        ("#d4351c", "8 4", "square"),
        ("#00703c", "2 3", "triangle"),
        ("#4c2c92", "10 3 2 3", "diamond"),
        ("#505a5f", "4 4", "circle"),
    ];

    public static RenderedChart Render(LineChart chart)
    {
        var id = SafeId(chart.Id);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var count = chart.XLabels.Count;
        double X(int i) => Left + (count <= 1 ? plotWidth / 2 : plotWidth * i / (count - 1));
        double Y(double v) => Top + plotHeight * (1 - ((Math.Clamp(v, chart.YMin, chart.YMax) - chart.YMin) / Math.Max(chart.YMax - chart.YMin, double.Epsilon)));

        var root = new XElement(Svg + "svg",
            new XAttribute("width", Number(Width)),
            new XAttribute("height", Number(Height)),
            new XAttribute("viewBox", $"0 0 {Number(Width)} {Number(Height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("focusable", "false"),
            new XAttribute("class", "app-chart"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), chart.Description));

        var axes = new XElement(Svg + "g", new XAttribute("aria-hidden", "true"), new XAttribute("font-family", "arial, sans-serif"), new XAttribute("font-size", "12"), new XAttribute("fill", "#0b0c0c"));
        for (var tick = Math.Ceiling(chart.YMin); tick <= chart.YMax; tick++)
        {
            axes.Add(new XElement(Svg + "line", Attr("x1", Left), Attr("x2", Width - Right), Attr("y1", Y(tick)), Attr("y2", Y(tick)), new XAttribute("stroke", "#b1b4b6"), new XAttribute("stroke-width", "1")));
            axes.Add(new XElement(Svg + "text", Attr("x", Left - 8), Attr("y", Y(tick) + 4), new XAttribute("text-anchor", "end"), Number(tick)));
        }
        for (var i = 0; i < count; i++)
        {
            axes.Add(new XElement(Svg + "text", Attr("x", X(i)), Attr("y", Height - Bottom + 18), new XAttribute("text-anchor", "middle"), chart.XLabels[i]));
        }
        axes.Add(new XElement(Svg + "text", Attr("x", Left + plotWidth / 2), Attr("y", Height - 12), new XAttribute("text-anchor", "middle"), chart.XAxisLabel));
        axes.Add(new XElement(Svg + "text", Attr("x", 12), Attr("y", Top - 12), chart.YAxisLabel));
        root.Add(axes);

        var legend = new XElement(Svg + "g", new XAttribute("aria-hidden", "true"), new XAttribute("font-family", "arial, sans-serif"), new XAttribute("font-size", "12"), new XAttribute("fill", "#0b0c0c"));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var style = Styles[s % Styles.Length];
            var group = new XElement(Svg + "g", new XAttribute("class", "app-chart__series"), new XAttribute("stroke", style.Colour), new XAttribute("fill", style.Colour));
            foreach (var run in Runs(series.Values))
            {
                var points = string.Join(' ', run.Select(i => $"{Number(X(i))},{Number(Y(series.Values[i]!.Value))}"));
                var line = new XElement(Svg + "polyline", new XAttribute("points", points), new XAttribute("fill", "none"), new XAttribute("stroke-width", "2"));
                if (style.Dash is not null)
                {
                    line.Add(new XAttribute("stroke-dasharray", style.Dash));
                }
                group.Add(line);
                foreach (var i in run)
                {
                    group.Add(Marker(style.Marker, X(i), Y(series.Values[i]!.Value)));
                }
            }
            root.Add(group);
            var legendX = Left + (s % 3) * 190;
            var legendY = 14 + (s / 3) * 18;
            var sample = new XElement(Svg + "line", Attr("x1", legendX), Attr("x2", legendX + 24), Attr("y1", legendY), Attr("y2", legendY), new XAttribute("stroke", style.Colour), new XAttribute("stroke-width", "2"));
            if (style.Dash is not null)
            {
                sample.Add(new XAttribute("stroke-dasharray", style.Dash));
            }
            legend.Add(sample, Marker(style.Marker, legendX + 12, legendY, style.Colour), new XElement(Svg + "text", Attr("x", legendX + 30), Attr("y", legendY + 4), series.Name));
        }
        root.Add(legend);

        var table = new ChartTable(
            chart.Title,
            [chart.XAxisLabel, .. chart.Series.Select(s => s.Name)],
            chart.XLabels.Select((label, i) => new ChartTableRow(label, chart.Series.Select(s => i < s.Values.Count && s.Values[i] is { } v ? v.ToString("0.0#", CultureInfo.InvariantCulture) : chart.MissingText).ToList())).ToList());
        return new RenderedChart(root.ToString(SaveOptions.DisableFormatting), table);
    }

    /// <summary>Runs of consecutive indexes with a value, so a missing month breaks the line.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<double?> values)
    {
        var run = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                if (run.Count > 0)
                {
                    yield return run;
                }
                run = [];
            }
            else
            {
                run.Add(i);
            }
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static XElement Marker(string shape, double x, double y, string? fill = null)
    {
        var element = shape switch
        {
            "square" => new XElement(Svg + "rect", Attr("x", x - 4), Attr("y", y - 4), Attr("width", 8), Attr("height", 8)),
            "triangle" => new XElement(Svg + "polygon", new XAttribute("points", $"{Number(x)},{Number(y - 5)} {Number(x + 5)},{Number(y + 4)} {Number(x - 5)},{Number(y + 4)}")),
            "diamond" => new XElement(Svg + "polygon", new XAttribute("points", $"{Number(x)},{Number(y - 5)} {Number(x + 5)},{Number(y)} {Number(x)},{Number(y + 5)} {Number(x - 5)},{Number(y)}")),
            _ => new XElement(Svg + "circle", Attr("cx", x), Attr("cy", y), Attr("r", 4)),
        };
        if (fill is not null)
        {
            element.Add(new XAttribute("fill", fill));
        }
        return element;
    }

    private static XAttribute Attr(string name, double value) => new(name, Number(value));

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string SafeId(string id)
    {
        var cleaned = NotIdCharacter().Replace(id.ToLowerInvariant(), "-").Trim('-');
        return "chart-" + (cleaned.Length == 0 ? "line" : cleaned);
    }

    [GeneratedRegex("[^a-z0-9-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacter();
}
