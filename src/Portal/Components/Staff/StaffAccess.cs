using System.Security.Claims;

namespace RightHelp.Portal.Components.Staff;

/// <summary>
/// Whether the signed-in person works for children's services. The Api enforces every rule; this
/// only keeps families from landing on staff pages that would show them nothing.
/// </summary>
public static class StaffAccess
{
    public static bool IsStaff(ClaimsPrincipal? user) =>
        user?.FindAll("role").Any(claim => claim.Value is "practitioner" or "manager") == true;
}
