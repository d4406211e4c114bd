using System.Security.Claims;
using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Layout;

/// <summary>
/// The header links a signed-in person gets on top of the public ones: families go to their
/// own pages, staff to their caseload. Signed-out visitors get none, so the header never hints
/// at pages they cannot open.
/// </summary>
public static class SignedInNavigation
{
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var roles = user.FindAll("role").Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var items = new List<NavigationItem>();
        if (roles.Contains("parent") || roles.Contains("young_person"))
        {
            items.Add(new("Your family", "/your-family"));
            items.Add(new("Your team", "/your-team"));
        }
        if (roles.Contains("practitioner") || roles.Contains("manager"))
        {
            items.Add(new("Your families", "/staff/families"));
            items.Add(new("Questions", "/staff/questions"));
        }
        items.Add(new("Your account", "/account"));
        return items;
    }
}
