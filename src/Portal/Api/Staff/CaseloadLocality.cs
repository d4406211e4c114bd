namespace RightHelp.Portal.Api.Staff;

public sealed record CaseloadLocality(string Name);
