namespace RightHelp.Portal.Api.Family;

/// <summary>The plan page, and marking the plan seen so the next visit shows only newer changes.</summary>
public static class PlanQuery
{
    private const string Action = "who what byWhen status";

    public const string Query = $$"""
        query Plan($id: ID!) {
          plan(id: $id) {
            id kindName status subjectName startedOn version publishedAt
            leadWorker { {{Selections.TeamMember}} }
            sections { key heading audience body { html text readingAge terms { term explanation } } }
            actions { {{Action}} }
            changesSinceLastViewed {
              lastViewedVersion currentVersion sectionsChanged
              actionsAdded { {{Action}} } actionsChanged { {{Action}} } actionsDone { {{Action}} }
            }
            viewLog { role team viewedAt }
          }
        }
        """;

    public const string MarkSeen = $$"""
        mutation MarkPlanSeen($id: ID!) {
          markPlanSeen(input: { planId: $id }) { {{Selections.Errors}} }
        }
        """;

    public static Task<Plan?> PlanAsync(this ApiClient api, string id, CancellationToken cancellationToken) =>
        api.FieldAsync<Plan>(Query, new { id }, "plan", cancellationToken);

    public static async Task MarkPlanSeenAsync(this ApiClient api, string id, CancellationToken cancellationToken)
    {
        using var _ = await api.QueryAsync(MarkSeen, new { id }, cancellationToken);
    }
}
