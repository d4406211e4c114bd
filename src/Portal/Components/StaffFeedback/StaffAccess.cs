using System.Security.Claims;

namespace RightHelp.Portal.Components.StaffFeedback;

/// <summary>
/// Which staff pages a person may open, from the role in their token. The Api checks again on
/// every field; this only keeps people from pages that would be empty or refused.
/// </summary>
public static class StaffAccess
{
    public const string Practitioner = "practitioner";
    public const string Manager = "manager";

    public static bool IsStaff(ClaimsPrincipal? user) => user is not null && (user.HasClaim("role", Practitioner) || IsManager(user));

    public static bool IsManager(ClaimsPrincipal? user) => user?.HasClaim("role", Manager) == true;
}
