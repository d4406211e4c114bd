using RightHelp.Api.Data;

namespace RightHelp.Api.Listings;

/// <summary>A proposed change with what is published now, so an editor can compare them.</summary>
public sealed record ListingChangeView(ListingChange Change, ListingFields Proposed, ListingFields? Current, string ServiceName, string OrganizationName);
