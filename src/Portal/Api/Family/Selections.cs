namespace RightHelp.Portal.Api.Family;

/// <summary>Selections several family operations share, so every page reads a worker or an error alike.</summary>
internal static class Selections
{
    public const string TeamMember = """
        name pronouns jobTitle team aboutMe email phone workingPattern leavingOn
        successor { name pronouns jobTitle team aboutMe email phone workingPattern leavingOn }
        """;

    public const string Errors = "errors { message ... on ValidationError { field } }";
}
