using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Authorization;

/// <summary>A named rule for reading a field; the name shows in the rule table and its tests.</summary>
public sealed record FieldPolicy(string Name, Func<FieldAccess, bool> Allows)
{
    public override string ToString() => Name;
}
