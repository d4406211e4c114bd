namespace RightHelp.Portal.Components.GovUk;

/// <summary>Joins class names, skipping empty ones, so markup never carries stray spaces or "null".</summary>
public static class Css
{
    public static string Join(params string?[] classes) =>
        string.Join(' ', classes.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!.Trim()));
}
