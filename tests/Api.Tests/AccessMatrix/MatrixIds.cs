namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// The records the matrix asks about, as global ids (GraphQL) and raw ids (HTTP), made or found by
/// <see cref="MatrixFixture"/>. One-shot mutations get a record per role, so the order cases run in
/// never turns a wrongly allowed call into a "not found".
/// </summary>
public sealed record MatrixIds
{
    public required string FamilyA { get; init; }
    public required string PlanA { get; init; }
    public required Guid PlanAId { get; init; }
    public required string PlanB { get; init; }
    /// <summary>A meeting still to come about the young person's plan.</summary>
    public required string MeetingA { get; init; }
    public required Guid MeetingAId { get; init; }
    public required string MeetingACalendarToken { get; init; }
    public required string MeetingBCalendarToken { get; init; }
    /// <summary>A question the parent of family A asked.</summary>
    public required string QuestionA { get; init; }
    /// <summary>Named feedback the parent of family A gave, in North.</summary>
    public required string FeedbackA { get; init; }
    /// <summary>A "we did" response to <see cref="FeedbackA"/>.</summary>
    public required string ResponseA { get; init; }
    public required string LocalityNorth { get; init; }
    public required string Offer { get; init; }
    public required string Service { get; init; }
    public required Guid ServiceId { get; init; }
    /// <summary>A listing of the partner's own organisation.</summary>
    public required string PartnerService { get; init; }
    /// <summary>A listing that is temporarily closed: in no public answer.</summary>
    public required string ClosedService { get; init; }
    public required Guid ClosedServiceId { get; init; }
    public required Guid ServiceAtLocationId { get; init; }
    public required Guid TaxonomyId { get; init; }
    public required Guid TaxonomyTermId { get; init; }
    public required string ShortlistToken { get; init; }
    /// <summary>The out-of-date report made on the partner's listing; resolving it again changes nothing.</summary>
    public string Report { get; init; } = "";
    public required IReadOnlyDictionary<MatrixRole, string> ChangesToApprove { get; init; }
    public required IReadOnlyDictionary<MatrixRole, string> ChangesToReject { get; init; }
    public required IReadOnlyDictionary<MatrixRole, string> ResponsesToPublish { get; init; }
}
