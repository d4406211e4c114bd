using System.Net.Http.Json;
using System.Text.Json;

namespace RightHelp.Durability;

/// <summary>Sends submissions as the Portal does; an acknowledgement is a feedback id and no errors.</summary>
public static class SubmissionClient
{
    /// <summary>The feedback id when acknowledged; otherwise why not.</summary>
    public static async Task<SendResult> SendAsync(HttpClient http, Submission submission, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", submission.Body, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new SendResult(null, $"{(int)response.StatusCode}: {body}");
            }
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                return new SendResult(null, body);
            }
            var payload = data.GetProperty("submitFeedback");
            return payload.GetProperty("errors").GetArrayLength() == 0 && payload.GetProperty("feedback") is { ValueKind: JsonValueKind.Object } feedback
                ? new SendResult(feedback.GetProperty("id").GetString(), null)
                : new SendResult(null, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new SendResult(null, e.GetType().Name + ": " + e.Message);
        }
    }
}
