namespace RightHelp.Portal.Api.Listings;

/// <summary>Partners' own listings and the editors' moderation queue; the Api decides who sees what.</summary>
public static class ListingsQuery
{
    private const string Text = "name description eligibility howToRefer email phone url";
    private const string Change = $"id serviceId serviceName organizationName status submittedByName submittedAt reviewNote proposed {{ {Text} }} current {{ {Text} }}";
    private const string Errors = "errors { message ... on ValidationError { field } }";

    public const string MyListings = $$"""
        query MyListings { myListings { id organizationName lastVerifiedOn current { {{Text}} } pendingChange { {{Change}} } } }
        """;

    public const string Queue = $$"""
        query ModerationQueue { moderationQueue { {{Change}} } }
        """;

    public const string Propose = $$"""
        mutation Propose($input: ProposeListingChangeInput!) { proposeListingChange(input: $input) { change { {{Change}} } {{Errors}} } }
        """;

    public const string Approve = $$"""
        mutation Approve($id: ID!) { approveListingChange(input: { id: $id }) { change { {{Change}} } {{Errors}} } }
        """;

    public const string Reject = $$"""
        mutation Reject($id: ID!, $reason: String!) { rejectListingChange(input: { id: $id, reason: $reason }) { change { {{Change}} } {{Errors}} } }
        """;

    public static async Task<IReadOnlyList<Listing>> MyListingsAsync(this ApiClient api, CancellationToken cancellationToken)
        => await api.FieldAsync<List<Listing>>(MyListings, null, "myListings", cancellationToken) ?? [];

    public static async Task<IReadOnlyList<ListingChangeItem>> ModerationQueueAsync(this ApiClient api, CancellationToken cancellationToken)
        => await api.FieldAsync<List<ListingChangeItem>>(Queue, null, "moderationQueue", cancellationToken) ?? [];

    public static Task<ListingChangeResult?> ProposeAsync(this ApiClient api, string serviceId, ListingText text, CancellationToken cancellationToken)
        => api.FieldAsync<ListingChangeResult>(Propose, new
        {
            input = new { serviceId, text.Name, text.Description, text.Eligibility, text.HowToRefer, text.Email, text.Phone, text.Url },
        }, "proposeListingChange", cancellationToken);

    public static Task<ListingChangeResult?> ApproveAsync(this ApiClient api, string id, CancellationToken cancellationToken)
        => api.FieldAsync<ListingChangeResult>(Approve, new { id }, "approveListingChange", cancellationToken);

    public static Task<ListingChangeResult?> RejectAsync(this ApiClient api, string id, string reason, CancellationToken cancellationToken)
        => api.FieldAsync<ListingChangeResult>(Reject, new { id, reason }, "rejectListingChange", cancellationToken);
}
