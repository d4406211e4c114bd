using RightHelp.Api.Authorization;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// Whose references these are. A client credentials token carries the client id as its subject,
/// so each case-system client has its own namespace of references and cannot reach records
/// another client (or a practitioner in Right Help) created.
/// </summary>
public static class CaseSystemSource
{
    public static string Of(Viewer viewer) => viewer.Subject;
}
