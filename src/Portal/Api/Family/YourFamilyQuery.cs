namespace RightHelp.Portal.Api.Family;

/// <summary>The "Your family" page: each family's plans, next meeting and team.</summary>
public static class YourFamilyQuery
{
    public const string Query = $$"""
        query YourFamily {
          me {
            families {
              id displayName
              plans { id kindName subjectName status version publishedAt }
              nextMeeting { id kindName startsAt location onlineLink }
              team { {{Selections.TeamMember}} }
            }
          }
        }
        """;

    public static async Task<IReadOnlyList<FamilySummary>> YourFamilyAsync(this ApiClient api, CancellationToken cancellationToken)
    {
        var me = await api.FieldAsync<MeFamilies<FamilySummary>>(Query, null, "me", cancellationToken);
        return me?.Families ?? [];
    }
}
