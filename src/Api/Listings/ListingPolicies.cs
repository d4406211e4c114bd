using RightHelp.Api.Authorization;

namespace RightHelp.Api.Listings;

/// <summary>Who may read the listing-maintenance fields (DESIGN section 3: partners edit, editors approve).</summary>
public static class ListingPolicies
{
    public static readonly FieldPolicy Partner = new(nameof(Partner), access => access.Viewer.Role == ViewerRole.Partner && access.Viewer.OrganizationId is not null);

    public static readonly FieldPolicy Editor = new(nameof(Editor), access => access.Viewer.Role == ViewerRole.Editor);

    public static readonly FieldPolicy PartnerOrEditor = new(nameof(PartnerOrEditor), access => Partner.Allows(access) || Editor.Allows(access));
}
