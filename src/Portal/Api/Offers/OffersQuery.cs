namespace RightHelp.Portal.Api.Offers;

/// <summary>The public locality offer operations: no sign-in needed, nothing about any family.</summary>
public static class OffersQuery
{
    public const string PageSize = "20";

    private const string OfferFields = """
        id title description whoFor minimumAge maximumAge category cost isFree scheduleText day startTime endTime
        attendance venue howToJoin accessibility locality { name slug }
        """;

    private const string LocalityFields = "id name slug summary hubName postcodeDistricts places";

    public const string Offers = $$"""
        query Offers($filter: OfferFilter, $after: String) {
          offers(filter: $filter, first: {{PageSize}}, after: $after) { totalCount nodes { {{OfferFields}} } pageInfo { hasNextPage endCursor } }
          localities { {{LocalityFields}} }
        }
        """;

    public const string Offer = $$"""
        query Offer($id: ID!) { node(id: $id) { ... on Offer { {{OfferFields}} } } }
        """;

    public const string Localities = $$"""
        query Localities { localities { {{LocalityFields}} } }
        """;

    public const string Locality = $$"""
        query Locality($slug: String!) {
          locality(slug: $slug) {
            {{LocalityFields}} hubAddress hubPostcode hubOpeningTimes earlyHelpPhone earlyHelpEmail
            whatsOnThisWeek { date offer { {{OfferFields}} } }
            partnershipMeetings { startsAt endsAt venue description }
            profile { label count explanation source }
          }
        }
        """;

    public const string Find = """
        query FindLocality($place: String!) {
          findLocality(place: $place) { found matchedOn message locality { name slug } suggestions { place locality { name slug } } }
        }
        """;

    /// <summary>The page of offers and the localities for the filter; null when the Api could not be asked.</summary>
    public static async Task<(OfferPage? Offers, IReadOnlyList<LocalitySummary> Localities)> OffersAsync(this ApiClient api, OfferSearch search, CancellationToken cancellationToken)
    {
        var filter = new Dictionary<string, object?>();
        if (search.Locality is { Length: > 0 } locality)
        {
            filter["locality"] = locality;
        }
        if (search.Age is { } age)
        {
            filter["age"] = age;
        }
        if (search.Category is { Length: > 0 } category)
        {
            filter["category"] = category;
        }
        if (search.FreeOnly)
        {
            filter["freeOnly"] = true;
        }
        if (search.Day is { Length: > 0 } day)
        {
            filter["day"] = day;
        }
        if (search.Online is { } online)
        {
            filter["online"] = online;
        }
        using var document = await api.QueryAsync(Offers, new { filter, after = search.After }, cancellationToken);
        return (ApiAnswer.Read<OfferPage>(document, "offers"), ApiAnswer.Read<List<LocalitySummary>>(document, "localities") ?? []);
    }

    public static Task<OfferItem?> OfferAsync(this ApiClient api, string id, CancellationToken cancellationToken)
        => api.FieldAsync<OfferItem>(Offer, new { id }, "node", cancellationToken);

    public static async Task<IReadOnlyList<LocalitySummary>> LocalitiesAsync(this ApiClient api, CancellationToken cancellationToken)
        => await api.FieldAsync<List<LocalitySummary>>(Localities, null, "localities", cancellationToken) ?? [];

    public static Task<LocalityDetail?> LocalityAsync(this ApiClient api, string slug, CancellationToken cancellationToken)
        => api.FieldAsync<LocalityDetail>(Locality, new { slug }, "locality", cancellationToken);

    public static Task<FinderResult?> FindLocalityAsync(this ApiClient api, string place, CancellationToken cancellationToken)
        => api.FieldAsync<FinderResult>(Find, new { place }, "findLocality", cancellationToken);
}
