namespace RightHelp.Portal.Api.Offers;

public static class LocalitySupportQuery
{
    public const string Query = """
        query LocalitySupport {
          localities { name slug hubName earlyHelpPhone earlyHelpEmail partnershipMeetings { startsAt endsAt venue description } }
        }
        """;

    public static async Task<IReadOnlyList<LocalityContact>> LocalityContactsAsync(this ApiClient api, CancellationToken cancellationToken)
        => await api.FieldAsync<List<LocalityContact>>(Query, null, "localities", cancellationToken) ?? [];
}
