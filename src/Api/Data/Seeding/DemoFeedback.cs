using System.Text.Json.Nodes;

namespace RightHelp.Api.Data.Seeding;

/// <summary>"You said, we did": feedback and responses from <c>Json/feedback.json</c>.</summary>
public static class DemoFeedback
{
    public static void AddTo(DemoDataSet set)
    {
        var data = DemoJson.Load("feedback.json");
        foreach (var response in data["responses"]!.Items())
        {
            var by = DemoIds.For($"worker:{response.Text("by")}");
            var createdAt = set.Now.AddDays(-response.OptionalInt("daysAgo")!.Value);
            var published = response.Flag("published");
            set.Add(new FeedbackResponse
            {
                Id = ResponseId(response.Text("key")),
                YouSaid = response.Text("youSaid"),
                WeDid = response.Text("weDid"),
                Theme = ParseTheme(response),
                LocalityId = DemoLocalities.BySlug(response.Text("locality")),
                CreatedAt = createdAt,
                CreatedById = by,
                PublishedAt = published ? createdAt.AddDays(1) : null,
                PublishedById = published ? by : null,
            });
        }
        foreach (var item in data["items"]!.Items())
        {
            var key = item.Text("key");
            var scores = item["scores"]!.AsArray().Select(s => s?.GetValue<int>()).ToArray();
            var status = item.Enum<FeedbackStatus>("status");
            var createdAt = set.Now.AddDays(-item.OptionalInt("daysAgo")!.Value);
            var author = item.OptionalText("author")?.Split(':');
            var id = DemoIds.For($"feedback:{key}");
            set.Add(new Feedback
            {
                Id = id,
                ExplainedClearly = scores[0],
                InvolvedInPlanning = scores[1],
                ListenedTo = scores[2],
                HappyWithHelp = scores[3],
                Text = item.Text("text"),
                Theme = ParseTheme(item),
                Anonymous = item.Flag("anonymous"),
                AuthorPersonId = author is null ? null : DemoIds.For($"person:{author[0]}:{author[1]}"),
                LocalityId = DemoLocalities.BySlug(item.Text("locality")),
                Status = status,
                SafeguardingFlag = item.Flag("safeguarding"),
                IdempotencyKey = $"demo-{key}",
                CreatedAt = createdAt,
                ReadAt = status == FeedbackStatus.Received ? null : createdAt.AddDays(1),
            });
            if (item.OptionalText("response") is { } response)
            {
                set.FeedbackLinks.Add((ResponseId(response), id));
            }
        }
    }

    private static Guid ResponseId(string key) => DemoIds.For($"feedback-response:{key}");

    private static FeedbackTheme? ParseTheme(JsonNode node)
        => node.OptionalText("theme") is { } theme ? Enum.Parse<FeedbackTheme>(theme) : null;
}
