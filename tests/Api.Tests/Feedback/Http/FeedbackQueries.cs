namespace RightHelp.Api.Tests.YouSaidWeDid.Http;

/// <summary>The documents the Portal's feedback pages send, written against the contract's names.</summary>
public static class FeedbackQueries
{
    public const string Submit = """
        mutation Submit($input: SubmitFeedbackInput!) {
          submitFeedback(input: $input) {
            feedback { id status theme }
            needsHelpNow
            errors { __typename message ... on ValidationError { field } }
          }
        }
        """;

    public const string StaffList = """
        query Staff($filter: FeedbackFilter) {
          feedback(filter: $filter, first: 50) {
            totalCount
            nodes { id text status anonymous giverName localityName flaggedForSafeguarding response { id text published } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string MarkRead = """
        mutation Read($input: MarkFeedbackReadInput!) {
          markFeedbackRead(input: $input) { feedback { id status } errors { __typename message } }
        }
        """;

    public const string Respond = """
        mutation Respond($input: RespondToFeedbackInput!) {
          respondToFeedback(input: $input) { response { id text youSaid published } errors { __typename message } }
        }
        """;

    public const string Publish = """
        mutation Publish($input: PublishResponseInput!) {
          publishResponse(input: $input) { response { id published publishedAt } errors { __typename message } }
        }
        """;

    public const string Board = "{ youSaidWeDid(first: 100) { nodes { youSaid weDid localityName } } }";

    public const string Mine = "{ me { feedback { id text status response { text respondedAt } } } }";

    public const string Node = "query Node($id: ID!) { node(id: $id) { id ... on FeedbackItem { text status } ... on MyFeedback { text status } ... on StaffFeedbackResponse { text } } }";

    public const string Summary = """
        query Summary($locality: ID, $from: Date, $to: Date) {
          feedbackSummary(locality: $locality, from: $from, to: $to) {
            localityName feedbackCount respondedShare medianDaysToRespond suppressed
            scoreCharts { title svg table { caption columns rows } }
            themes { theme count }
            topWords { word count }
          }
        }
        """;
}
