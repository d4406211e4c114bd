namespace RightHelp.Portal.Api.Family;

public sealed record Question(string Id, string Text, DateTimeOffset AskedAt, DateTimeOffset PromisedReplyBy, string? Answer, DateTimeOffset? AnsweredAt);
