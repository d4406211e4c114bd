using RightHelp.GraphQL.Language;

namespace RightHelp.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Printing_then_parsing_gives_the_same_text()
    {
        const string source = "query Q($a: [Int!] = [1, 2], $o: In = {x: \"s\\n\", y: ENUM}) @d {\n  x: f(a: $a) @skip(if: false) {\n    ...F\n    ... on T {\n      g\n    }\n  }\n}\n\nfragment F on T {\n  h\n}";
        var printed = Printer.Print(Parser.Parse(source));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        Assert.Contains("{x: \"s\\n\", y: ENUM}".Replace("{x", "{ x").Replace("ENUM}", "ENUM }"), printed);
    }

    [Fact]
    public void Prints_values_as_graphql_js_does()
    {
        var value = Parser.ParseValue("{a: [1, 2.5, \"q\\\"\", null, true], b: {}}");
        Assert.Equal("{ a: [1, 2.5, \"q\\\"\", null, true], b: {} }", Printer.Print(value));
    }

    [Fact]
    public void Prints_type_definitions()
    {
        var printed = Printer.Print(Parser.Parse("type A implements B & C @d { f(x: Int = 1): [S!]! }"));
        Assert.Equal("type A implements B & C @d {\n  f(x: Int = 1): [S!]!\n}", printed);
    }
}
