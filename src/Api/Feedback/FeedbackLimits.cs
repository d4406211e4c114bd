namespace RightHelp.Api.YouSaidWeDid;

public static class FeedbackLimits
{
    public const int MaxTextLength = 2000;

    public const int MinScore = 1;

    public const int MaxScore = 5;

    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>The quote on the public board is a taste of what was said, not the whole message.</summary>
    public const int MaxQuoteLength = 280;

    /// <summary>No figure is shown for fewer people than this (small-number suppression).</summary>
    public const int MinimumGroupSize = 5;

    public const int MaxPageSize = 50;
}
