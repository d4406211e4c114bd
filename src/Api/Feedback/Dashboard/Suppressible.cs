namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>
/// A figure, or nothing and the reason: no aggregate is shown for fewer than
/// <see cref="FeedbackLimits.MinimumGroupSize"/> people, because a small group's figure can point
/// to one person.
/// </summary>
public sealed record Suppressible<T>(T? Value, string? SuppressedBecause)
    where T : struct
{
    public const string FewerThanFive = "fewer than 5 people";

    public bool IsSuppressed => SuppressedBecause is not null;

    public static Suppressible<T> Show(T value) => new(value, null);

    public static Suppressible<T> Suppress() => new(null, FewerThanFive);

    public static Suppressible<T> For(int people, Func<T> value) => people < FeedbackLimits.MinimumGroupSize ? Suppress() : Show(value());
}
