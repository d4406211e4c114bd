using System.Text.Json;

namespace RightHelp.Portal.Api.Feedback;

/// <summary>
/// The feedback operations: giving it, following it, the public board, and the staff side.
/// Each method answers null when the Api refused the field or could not be reached at all, so a
/// page can say so kindly instead of failing.
/// </summary>
public static class FeedbackOperations
{
    private const string Errors = "errors { message ... on ValidationError { field } }";

    private const string Response = "id text youSaid respondedAt published publishedAt";

    private const string Item = $$"""
        id text status theme givenAt anonymous giverName localityName
        explainedClearly involvedInPlanning listenedTo happyWithHelp flaggedForSafeguarding
        response { {{Response}} }
        """;

    public const string Submit = $$"""
        mutation SubmitFeedback($input: SubmitFeedbackInput!) {
          submitFeedback(input: $input) { feedback { id status theme } needsHelpNow {{Errors}} }
        }
        """;

    public const string Yours = """
        query YourFeedback {
          me { feedback { id text status theme givenAt response { text respondedAt } } }
        }
        """;

    public const string Localities = """
        query Localities { localities { id name slug } }
        """;

    public const string Board = """
        query YouSaidWeDid($first: Int, $after: String, $theme: FeedbackTheme, $locality: ID) {
          youSaidWeDid(first: $first, after: $after, theme: $theme, locality: $locality) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id youSaid weDid theme localityName publishedAt }
          }
        }
        """;

    public const string StaffList = $$"""
        query StaffFeedback($filter: FeedbackFilter, $first: Int, $after: String) {
          feedback(filter: $filter, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { {{Item}} }
          }
        }
        """;

    public const string StaffItem = $$"""
        query FeedbackItem($id: ID!) {
          node(id: $id) { ... on FeedbackItem { {{Item}} } }
        }
        """;

    public const string MarkRead = $$"""
        mutation MarkFeedbackRead($input: MarkFeedbackReadInput!) {
          markFeedbackRead(input: $input) { feedback { {{Item}} } {{Errors}} }
        }
        """;

    public const string Respond = $$"""
        mutation RespondToFeedback($input: RespondToFeedbackInput!) {
          respondToFeedback(input: $input) { response { {{Response}} } {{Errors}} }
        }
        """;

    public const string Publish = $$"""
        mutation PublishResponse($input: PublishResponseInput!) {
          publishResponse(input: $input) { response { {{Response}} } {{Errors}} }
        }
        """;

    public const string Summary = """
        query FeedbackSummary($locality: ID, $from: Date, $to: Date) {
          feedbackSummary(locality: $locality, from: $from, to: $to) {
            localityName feedbackCount respondedShare medianDaysToRespond suppressed
            scoreCharts { title svg table { caption columns rows } }
            themes { theme count }
            topWords { word count }
          }
        }
        """;

    public static Task<SubmitFeedbackPayload?> SubmitFeedbackAsync(this ApiClient api, SubmitFeedbackInput input, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<SubmitFeedbackPayload>(Submit, new { input }, "submitFeedback", cancellationToken));

    public static async Task<IReadOnlyList<MyFeedback>?> YourFeedbackAsync(this ApiClient api, CancellationToken cancellationToken) =>
        (await Safely(() => api.FieldAsync<MeFeedback>(Yours, null, "me", cancellationToken)))?.Feedback;

    public static async Task<IReadOnlyList<LocalityOption>> LocalitiesAsync(this ApiClient api, CancellationToken cancellationToken) =>
        await Safely(() => api.FieldAsync<LocalityOption[]>(Localities, null, "localities", cancellationToken)) ?? [];

    public static Task<YouSaidWeDidConnection?> YouSaidWeDidAsync(this ApiClient api, int first, string? after, FeedbackTheme? theme, string? locality, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<YouSaidWeDidConnection>(Board, new { first, after, theme, locality }, "youSaidWeDid", cancellationToken));

    public static Task<FeedbackConnection?> StaffFeedbackAsync(this ApiClient api, FeedbackFilter filter, int first, string? after, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<FeedbackConnection>(StaffList, new { filter, first, after }, "feedback", cancellationToken));

    public static async Task<FeedbackItem?> FeedbackItemAsync(this ApiClient api, string id, CancellationToken cancellationToken)
    {
        // node(id:) answers an empty object for an id of another type; no text means not feedback.
        var item = await Safely(() => api.FieldAsync<FeedbackItem>(StaffItem, new { id }, "node", cancellationToken));
        return item?.Text is null ? null : item;
    }

    public static Task<MarkFeedbackReadPayload?> MarkFeedbackReadAsync(this ApiClient api, string feedbackId, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<MarkFeedbackReadPayload>(MarkRead, new { input = new { feedbackId } }, "markFeedbackRead", cancellationToken));

    public static Task<ResponsePayload?> RespondToFeedbackAsync(this ApiClient api, RespondToFeedbackInput input, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<ResponsePayload>(Respond, new { input }, "respondToFeedback", cancellationToken));

    public static Task<ResponsePayload?> PublishResponseAsync(this ApiClient api, string responseId, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<ResponsePayload>(Publish, new { input = new { responseId } }, "publishResponse", cancellationToken));

    public static Task<FeedbackSummary?> FeedbackSummaryAsync(this ApiClient api, string? locality, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        Safely(() => api.FieldAsync<FeedbackSummary>(Summary, new { locality, from, to }, "feedbackSummary", cancellationToken));

    /// <summary>The Api being down or answering nonsense is a kind message on the page, never an error page.</summary>
    private static async Task<T?> Safely<T>(Func<Task<T?>> call) where T : class
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            return null;
        }
    }
}
