namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// Who gave the feedback. Anonymous carries nothing at all, so there is nothing identifying for
/// the service to store or log by mistake; the caller must not pass an IP address or device id.
/// </summary>
public sealed record FeedbackSubmitter
{
    private FeedbackSubmitter(Guid? personId, FeedbackActor? actor)
    {
        PersonId = personId;
        Actor = actor;
    }

    public static FeedbackSubmitter Anonymous { get; } = new(null, null);

    public Guid? PersonId { get; }

    public FeedbackActor? Actor { get; }

    public bool IsSignedIn => PersonId is not null;

    /// <summary>A signed-in child, young person, parent or carer, found through their account link.</summary>
    public static FeedbackSubmitter Named(Guid personId, FeedbackActor actor) => new(personId, actor);
}
