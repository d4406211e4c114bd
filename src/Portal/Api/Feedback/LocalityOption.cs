namespace RightHelp.Portal.Api.Feedback;

/// <summary>A locality as the filters and the form offer it: the slug goes in addresses, the id to the Api.</summary>
public sealed record LocalityOption(string Id, string Name, string Slug);
