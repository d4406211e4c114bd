namespace RightHelp.Api.CaseSystem;

public sealed record CaseSystemPerson(string Id, string Reference);
