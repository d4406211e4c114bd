using System.Text;
using System.Text.Json;
using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Staff;

/// <summary>The practitioner pages' own operations: caseload, writing and publishing a plan, meetings and questions.</summary>
public static class StaffQueries
{
    public const string Caseload = """
        query Caseload {
          me {
            families {
              id displayName locality { name }
              plans { id kindName subjectName version publishedAt }
              meetings { id kindName startsAt }
              questions { id text askedAt promisedReplyBy answer }
            }
          }
        }
        """;

    public const string PlanForWriting = """
        query PlanForWriting($id: ID!) {
          plan(id: $id) {
            id kindName subjectName version
            sections { key heading audience markdown }
            actions { who what byWhen status audience }
          }
        }
        """;

    public const string CheckFields = "readingAge longSentences unexplainedAbbreviations uncaringWords { word kinder }";

    public const string Publish = """
        mutation PublishPlanVersion($input: PublishPlanVersionInput!) {
          publishPlanVersion(input: $input) { plan { id } errors { message ... on ValidationError { field } } }
        }
        """;

    public const string Schedule = """
        mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
          scheduleMeeting(input: $input) { meeting { id } errors { message ... on ValidationError { field } } }
        }
        """;

    public const string Answer = """
        mutation AnswerQuestion($input: AnswerQuestionInput!) {
          answerQuestion(input: $input) { question { id } errors { message ... on ValidationError { field } } }
        }
        """;

    public const string Meeting = """
        query StaffMeeting($id: ID!) {
          meeting(id: $id) {
            id kindName startsAt endsAt location onlineLink purpose
            attendees { name role }
            views { givenBy goingWell worries whatIWant feelingAtHome feelingAtSchool feelingAboutHelp updatedAt }
          }
        }
        """;

    public static async Task<IReadOnlyList<CaseloadFamily>> CaseloadAsync(this ApiClient api, CancellationToken cancellationToken) =>
        (await api.FieldAsync<MeFamilies<CaseloadFamily>>(Caseload, null, "me", cancellationToken))?.Families ?? [];

    public static Task<PlanDraft?> PlanForWritingAsync(this ApiClient api, string id, CancellationToken cancellationToken) =>
        api.FieldAsync<PlanDraft>(PlanForWriting, new { id }, "plan", cancellationToken);

    public static Task<StaffMeeting?> StaffMeetingAsync(this ApiClient api, string id, CancellationToken cancellationToken) =>
        api.FieldAsync<StaffMeeting>(Meeting, new { id }, "meeting", cancellationToken);

    /// <summary>One request checks every section: each is an aliased field of the same document.</summary>
    public static string CheckDocument(int count)
    {
        var document = new StringBuilder("query CheckWriting(");
        document.AppendJoin(", ", Enumerable.Range(0, count).Select(i => $"$m{i}: String!"));
        document.Append(") {");
        for (var i = 0; i < count; i++)
        {
            document.Append($" s{i}: checkPlainLanguage(markdown: $m{i}) {{ {CheckFields} }}");
        }
        return document.Append(" }").ToString();
    }

    /// <summary>The check of each text, in order; null for all when the Api could not check.</summary>
    public static async Task<IReadOnlyList<WritingCheck>?> CheckWritingAsync(this ApiClient api, IReadOnlyList<string> markdown, CancellationToken cancellationToken)
    {
        if (markdown.Count == 0)
        {
            return [];
        }
        var variables = Enumerable.Range(0, markdown.Count).ToDictionary(i => $"m{i}", i => markdown[i]);
        using var document = await api.QueryAsync(CheckDocument(markdown.Count), variables, cancellationToken);
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var checks = new List<WritingCheck>();
        for (var i = 0; i < markdown.Count; i++)
        {
            if (!data.TryGetProperty($"s{i}", out var check) || check.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            checks.Add(check.Deserialize<WritingCheck>(GraphQLOperations.Json)!);
        }
        return checks;
    }

    public static Task<MutationResult> PublishAsync(this ApiClient api, object input, CancellationToken cancellationToken) =>
        api.MutateAsync(Publish, input, "publishPlanVersion", "plan", cancellationToken);

    public static Task<MutationResult> ScheduleAsync(this ApiClient api, object input, CancellationToken cancellationToken) =>
        api.MutateAsync(Schedule, input, "scheduleMeeting", "meeting", cancellationToken);

    public static Task<MutationResult> AnswerAsync(this ApiClient api, string questionId, string answer, CancellationToken cancellationToken) =>
        api.MutateAsync(Answer, new { questionId, answer }, "answerQuestion", "question", cancellationToken);

    private static async Task<MutationResult> MutateAsync(this ApiClient api, string mutation, object input, string field, string record, CancellationToken cancellationToken)
    {
        using var document = await api.QueryAsync(mutation, new { input }, cancellationToken);
        if (!document.RootElement.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(field, out var payload)
            || payload.ValueKind != JsonValueKind.Object)
        {
            return MutationResult.Unavailable;
        }
        var errors = payload.GetProperty("errors").Deserialize<IReadOnlyList<ApiError>>(GraphQLOperations.Json) ?? [];
        var id = payload.TryGetProperty(record, out var made) && made.ValueKind == JsonValueKind.Object ? made.GetProperty("id").GetString() : null;
        return new MutationResult(id, errors);
    }
}
