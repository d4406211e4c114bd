namespace RightHelp.Api.YouSaidWeDid.Errors;

/// <summary>Staff act only on feedback from the localities they cover.</summary>
public sealed record NotInYourLocality(Guid Id)
    : FeedbackError(nameof(NotInYourLocality), null, "This is for a locality you do not cover.");
