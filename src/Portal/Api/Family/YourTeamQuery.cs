namespace RightHelp.Portal.Api.Family;

/// <summary>The "Your team" page: who helps the family, and the questions they have asked.</summary>
public static class YourTeamQuery
{
    private const string QuestionFields = "id text askedAt promisedReplyBy answer answeredAt";

    public const string Query = $$"""
        query YourTeam {
          me {
            families {
              id displayName
              team { {{Selections.TeamMember}} }
              questions { {{QuestionFields}} }
            }
          }
        }
        """;

    public const string Ask = $$"""
        mutation AskQuestion($input: AskQuestionInput!) {
          askQuestion(input: $input) { question { {{QuestionFields}} } {{Selections.Errors}} }
        }
        """;

    public static async Task<IReadOnlyList<FamilyTeam>> YourTeamAsync(this ApiClient api, CancellationToken cancellationToken)
    {
        var me = await api.FieldAsync<MeFamilies<FamilyTeam>>(Query, null, "me", cancellationToken);
        return me?.Families ?? [];
    }

    /// <summary>Null when the Api could not be asked at all; typed errors come back in the payload.</summary>
    public static Task<AskQuestionPayload?> AskQuestionAsync(this ApiClient api, string familyId, string text, CancellationToken cancellationToken) =>
        api.FieldAsync<AskQuestionPayload>(Ask, new { input = new { familyId, text } }, "askQuestion", cancellationToken);
}
