namespace RightHelp.Portal.Api.Offers;

public sealed record LocalityName(string Name, string Slug);
