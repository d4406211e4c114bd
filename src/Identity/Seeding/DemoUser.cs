namespace RightHelp.Identity.Seeding;

public sealed record DemoUser(Guid Id, string Email, string DisplayName, string Role, string? Organisation = null);
