namespace RightHelp.Api.YouSaidWeDid;

/// <summary>Flagged feedback waiting for the duty team: what was said, when, where, and why it was flagged.</summary>
public sealed record DutyTeamQueueItem(Guid FeedbackId, string Text, DateTimeOffset FlaggedAt, Guid? LocalityId, bool Anonymous, Guid? AuthorPersonId, string Signals);
