namespace RightHelp.Api.Tests.CaseSystem;

public sealed record AttendeeInput(string Name, string Role, string? PersonReference);
