namespace RightHelp.Portal.Components.GovUk;

/// <summary>A link in the service navigation, footer or breadcrumbs.</summary>
public sealed record NavigationItem(string Text, string Href);
