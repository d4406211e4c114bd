using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>"Who does what, by when" as its writer gives it, before it is published.</summary>
public sealed record ActionDraft(string Who, string What, DateOnly? ByWhen, ActionStatus Status, Audience Audience);
