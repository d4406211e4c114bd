namespace RightHelp.Durability;

/// <summary>One anonymous piece of feedback and the key the form would send with it, and send again on a retry.</summary>
public sealed record Submission(string Key, string Text)
{
    public const string Mutation = """
        mutation Submit($input: SubmitFeedbackInput!) {
          submitFeedback(input: $input) { feedback { id } errors { message } }
        }
        """;

    public static IReadOnlyList<Submission> Many(int count, string run)
        => [.. Enumerable.Range(0, count).Select(i => new Submission($"{run}-{i:D4}", $"Feedback number {i} from run {run}: the hub staff were kind and I want more evening sessions."))];

    public object Body => new
    {
        query = Mutation,
        variables = new { input = new { text = Text, anonymous = true, idempotencyKey = Key, happyWithHelp = 1 + (Key.GetHashCode(StringComparison.Ordinal) & 3) } },
    };
}
