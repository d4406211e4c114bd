using RightHelp.Api.Data;

namespace RightHelp.Api.Listings;

/// <summary>A listing as its owner or an editor sees it: the published fields and any change waiting for review.</summary>
public sealed record ListingView(Service Service, ListingFields Fields, ListingChangeView? PendingChange);
