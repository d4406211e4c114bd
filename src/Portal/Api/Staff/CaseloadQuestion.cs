namespace RightHelp.Portal.Api.Staff;

public sealed record CaseloadQuestion(string Id, string Text, DateTimeOffset AskedAt, DateTimeOffset PromisedReplyBy, string? Answer);
