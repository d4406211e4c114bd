using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RightHelp.Portal.Api.EarlyHelp;

/// <summary>The directory pages' operations. All are public: they send no family details and need no sign-in.</summary>
public static class DirectoryQueries
{
    public const int PageSize = 20;

    private const string Errors = "errors { message ... on ValidationError { field } }";

    public const string Listing = """
        id name description summary organizationName url email isFree fees howToRefer selfReferral professionalReferral
        lastVerifiedOn needsChecking
        eligibility { description minimumAge maximumAge }
        contacts { name title email phone }
        locations { name description address online accessibility openingTimes { description days opensAt closesAt } }
        openingTimes { description days opensAt closesAt }
        categories { name }
        localities { name }
        """;

    public const string Search = """
        query DirectorySearch($filter: ServiceFilter, $first: Int, $after: String) {
          services(filter: $filter, first: $first, after: $after) {
            totalCount
            nodes { id name organizationName summary isFree selfReferral professionalReferral needsChecking lastVerifiedOn }
            pageInfo { hasNextPage endCursor }
            facets {
              categories { id name count }
              localities { id name count }
              referralRoutes { id name count }
              cost { id name count }
            }
          }
        }
        """;

    public const string Service = $$"""
        query DirectoryService($id: ID!) { service(id: $id) { {{Listing}} } }
        """;

    public const string Report = $$"""
        mutation ReportOutOfDate($input: ReportOutOfDateInput!) { reportOutOfDate(input: $input) { reported {{Errors}} } }
        """;

    public const string CreateShortlist = $$"""
        mutation CreateShortlist($input: CreateShortlistInput!) {
          createShortlist(input: $input) { shortlist { token url expiresAt services { {{Listing}} } } {{Errors}} }
        }
        """;

    public const string Shortlist = $$"""
        query FamilyList($token: String!) { shortlist(token: $token) { token url expiresAt services { {{Listing}} } } }
        """;

    public static Task<ServiceSearchResult?> SearchAsync(this ApiClient api, DirectoryFilter filter, int page, CancellationToken cancellationToken)
        => api.FieldAsync<ServiceSearchResult>(Search,
            new { filter = filter.ToVariables(), first = PageSize, after = page > 1 ? Cursor((page - 1) * PageSize) : null },
            "services", cancellationToken);

    public static Task<ServiceListing?> ServiceAsync(this ApiClient api, string id, CancellationToken cancellationToken)
        => api.FieldAsync<ServiceListing>(Service, new { id }, "service", cancellationToken);

    /// <summary>Several listings by id in one request; ids that find nothing are left out.</summary>
    public static async Task<IReadOnlyList<ServiceListing>> ServicesAsync(this ApiClient api, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<ServiceListing>();
        foreach (var id in ids)
        {
            if (await api.ServiceAsync(id, cancellationToken) is { } listing)
            {
                found.Add(listing);
            }
        }
        return found;
    }

    public static Task<ReportPayload?> ReportOutOfDateAsync(this ApiClient api, string serviceId, string whatIsWrong, string? email, CancellationToken cancellationToken)
        => api.FieldAsync<ReportPayload>(Report, new { input = new { serviceId, whatIsWrong, email } }, "reportOutOfDate", cancellationToken);

    public static Task<CreateShortlistPayload?> CreateShortlistAsync(this ApiClient api, IReadOnlyList<string> serviceIds, CancellationToken cancellationToken)
        => api.FieldAsync<CreateShortlistPayload>(CreateShortlist, new { input = new { serviceIds } }, "createShortlist", cancellationToken);

    public static Task<FamilyList?> FamilyListAsync(this ApiClient api, string token, CancellationToken cancellationToken)
        => api.FieldAsync<FamilyList>(Shortlist, new { token }, "shortlist", cancellationToken);

    /// <summary>
    /// The Api's connections take offset cursors; numbered pages need to start anywhere, so the
    /// Portal writes the cursor for a page the way the Api does (see the Api's Paging).
    /// </summary>
    public static string Cursor(int offset)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));
}
