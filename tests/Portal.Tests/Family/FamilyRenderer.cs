using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using RightHelp.Portal.Tests.Components;

namespace RightHelp.Portal.Tests.Family;

/// <summary>Shorthand for rendering a family component with named parameters.</summary>
public static class FamilyRenderer
{
    public static Task<IDocument> Render<TComponent>(params (string Name, object? Value)[] parameters) where TComponent : IComponent =>
        ComponentRenderer.RenderAsync<TComponent>(parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value));
}
