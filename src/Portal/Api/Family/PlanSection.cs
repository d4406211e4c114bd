namespace RightHelp.Portal.Api.Family;

public sealed record PlanSection(string Key, string Heading, string Audience, PlainText Body);
