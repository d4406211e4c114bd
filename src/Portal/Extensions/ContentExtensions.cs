using RightHelp.Portal.Content;

namespace RightHelp.Portal.Extensions;

public static class ContentExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// Registers the Markdown content store (pages, glossary, levels of need). The Portal owns no
    /// database, so it is ready when its content parses: a broken file fails the ready check
    /// instead of a page at random later.
    /// </summary>
    public static WebApplicationBuilder AddPortalContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .Bind(builder.Configuration.GetSection(ContentOptions.Section))
            .PostConfigure(options => options.Path = ContentOptions.Resolve(options.Path));
        builder.Services.AddSingleton<GovUkMarkdown>();
        builder.Services.AddSingleton<IContentStore, ContentStore>();
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [ReadyTag]);
        return builder;
    }
}
