using System.Collections.Concurrent;
using RightHelp.Api.PlainLanguage;

namespace RightHelp.Api.Plans;

/// <summary>
/// Renders sections once: a published section never changes, so its rendering is kept by id.
/// The cache is bounded; when full it starts again rather than grow without limit.
/// </summary>
public sealed class SectionRenderer(PlainLanguageRenderer renderer)
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<Guid, RenderedText> _rendered = new();

    public RenderedText Render(SectionView view)
    {
        if (_rendered.TryGetValue(view.Section.Id, out var cached))
        {
            return cached;
        }
        if (_rendered.Count >= Capacity)
        {
            _rendered.Clear();
        }
        // The whole id: version 7 ids of sections saved together share their leading (time) digits.
        var anchor = "section-" + view.Section.Id.ToString("N");
        return _rendered.GetOrAdd(view.Section.Id, _ => renderer.Render(view.Section.Body, anchor));
    }
}
