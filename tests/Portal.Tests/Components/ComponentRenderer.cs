using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightHelp.Portal.Tests.Components;

/// <summary>Renders a component to HTML with the framework's own HtmlRenderer and parses it with AngleSharp.</summary>
public static class ComponentRenderer
{
    public static async Task<IDocument> RenderAsync<TComponent>(Dictionary<string, object?>? parameters = null) where TComponent : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters ?? []));
            return output.ToHtmlString();
        });
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Renders form fields inside an EditContext, as an EditForm would supply it.</summary>
    public static Task<IDocument> RenderInFormAsync(EditContext context, RenderFragment fields) =>
        RenderAsync<CascadingValue<EditContext>>(new()
        {
            ["Value"] = context,
            ["IsFixed"] = true,
            ["ChildContent"] = fields,
        });

    /// <summary>A fragment that renders one component with the given parameters.</summary>
    public static RenderFragment Fragment<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent =>
        builder => Add<TComponent>(builder, parameters);

    private static void Add<TComponent>(RenderTreeBuilder builder, Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        builder.OpenComponent<TComponent>(0);
        foreach (var (name, value) in parameters)
        {
            builder.AddComponentParameter(1, name, value);
        }
        builder.CloseComponent();
    }
}
