using RightHelp.Api.Authorization;
using RightHelp.Api.Data;

namespace RightHelp.Api.Directory;

/// <summary>Who reads what people report about a listing: the editors, and the partner organisation that owns it.</summary>
public static class DirectoryPolicies
{
    public static readonly FieldPolicy ListingOwnerOrEditor = new(nameof(ListingOwnerOrEditor), access =>
        access.Source is OutOfDateReport report && MayReadReportsOf(access.Viewer, report.Service?.OrganizationId));

    public static bool MayReadReportsOf(Viewer viewer, Guid? organizationId)
        => viewer.Role == ViewerRole.Editor
           || (viewer.Role == ViewerRole.Partner && viewer.OrganizationId is { } own && own == organizationId);
}
