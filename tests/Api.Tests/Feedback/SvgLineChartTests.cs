using System.Xml.Linq;
using RightHelp.Api.YouSaidWeDid.Charts;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static LineChart Chart(string title = "Average scores", string series = "Listened to", string month = "Jan 2026") => new(
        "scores north",
        title,
        "Scores from 1 to 5 by month.",
        "Month",
        "Average score",
        [month, "Feb 2026", "Mar 2026", "Apr 2026"],
        [new ChartSeries(series, [3.2, null, 4.0, 4.5]), new ChartSeries("Happy with help", [2.5, 3.0, 3.5, 4.0])],
        1,
        5,
        "Not shown (fewer than 5 people)");

    [Fact]
    public void The_chart_is_an_image_named_by_its_title_and_description()
    {
        var svg = XDocument.Parse(SvgLineChart.Render(Chart()).Svg).Root!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(Svg + "title")!;
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal("Average scores", title.Value);
        Assert.Equal("Scores from 1 to 5 by month.", desc.Value);
        Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("chart-scores-north-title", (string?)title.Attribute("id"));
    }

    [Fact]
    public void A_missing_value_breaks_the_line_instead_of_dropping_to_zero()
    {
        var svg = XDocument.Parse(SvgLineChart.Render(Chart()).Svg).Root!;

        var firstSeries = svg.Elements(Svg + "g").First(g => (string?)g.Attribute("class") == "app-chart__series");
        Assert.Equal(2, firstSeries.Elements(Svg + "polyline").Count());
        Assert.Equal(3, firstSeries.Elements().Count(e => e.Name != Svg + "polyline"));
    }

    [Fact]
    public void Lines_differ_in_dash_as_well_as_colour()
    {
        var svg = XDocument.Parse(SvgLineChart.Render(Chart()).Svg).Root!;

        var lines = svg.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "app-chart__series").Select(g => g.Element(Svg + "polyline")!).ToList();
        Assert.NotEqual((string?)lines[0].Attribute("stroke-dasharray"), (string?)lines[1].Attribute("stroke-dasharray"));
    }

    [Fact]
    public void The_data_table_holds_every_value_and_says_which_are_missing()
    {
        var table = SvgLineChart.Render(Chart()).Table;

        Assert.Equal(["Month", "Listened to", "Happy with help"], table.ColumnHeaders);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Not shown (fewer than 5 people)", "3.0"], table.Rows[1].Cells);
        Assert.Equal(["4.5", "4.0"], table.Rows[3].Cells);
    }

    [Fact]
    public void Labels_are_escaped_so_markup_in_them_is_only_text()
    {
        const string hostile = "</title><script>alert(1)</script><title>";
        const string quote = "\" onload=\"alert(2)";

        var rendered = SvgLineChart.Render(Chart(hostile, quote, "<b>Jan</b> & \"Feb\"")).Svg;
        var svg = XDocument.Parse(rendered).Root!;

        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "b");
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Equal(hostile, svg.Element(Svg + "title")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == quote);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "<b>Jan</b> & \"Feb\"");
        Assert.DoesNotContain("<script", rendered, StringComparison.Ordinal);
    }
}
