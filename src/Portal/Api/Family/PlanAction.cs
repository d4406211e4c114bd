namespace RightHelp.Portal.Api.Family;

/// <summary>Who does what, by when.</summary>
public sealed record PlanAction(string Who, string What, DateOnly? ByWhen, ActionStatus Status);
