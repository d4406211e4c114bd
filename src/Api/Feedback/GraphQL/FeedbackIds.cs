using RightHelp.Api.GraphQL;

namespace RightHelp.Api.YouSaidWeDid.GraphQL;

/// <summary>
/// The global id type names. One name per row, whoever looks: staff and the giver see the same id,
/// and <c>node(id:)</c> decides which view (if any) this viewer gets.
/// </summary>
public static class FeedbackIds
{
    public const string Feedback = "Feedback";
    public const string Response = "FeedbackResponse";

    public static string OfFeedback(Guid id) => GlobalId.Encode(Feedback, id);

    public static string OfResponse(Guid id) => GlobalId.Encode(Response, id);
}
