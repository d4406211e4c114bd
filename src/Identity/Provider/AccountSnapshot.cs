using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>An account and its roles, as tokens describe it.</summary>
public sealed record AccountSnapshot(Account Account, IReadOnlyList<string> Roles);
