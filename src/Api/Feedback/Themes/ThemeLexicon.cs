using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid.Themes;

/// <summary>
/// Words and phrases that point to each of the four themes the Big Conversation grouped what
/// children and parents said into. Weights: 2 for a phrase that is nearly always about that
/// theme, 1 for a word that usually is. Words are stems (see <see cref="ThemeSuggester"/>).
/// </summary>
public static class ThemeLexicon
{
    public static IReadOnlyDictionary<FeedbackTheme, IReadOnlyDictionary<string, int>> Entries { get; } = new Dictionary<FeedbackTheme, IReadOnlyDictionary<string, int>>
    {
        [FeedbackTheme.Communication] = Weights(
            two: ["explain", "jargon", "plain english", "long words", "the words", "get back to me", "rang me back", "call back", "called back", "letter", "text me", "email", "reply", "told me", "tell me", "no one told", "nobody told", "didnt know", "did not know", "understand", "interpreter", "abbreviation", "minutes", "copy of", "reminder", "remind", "form", "paperwork", "what is going on", "whats going on", "what happens", "found out", "let me know", "keep me updated", "confus"],
            one: ["meeting", "review", "conference", "core group", "plan", "report", "phone", "ring", "rang", "call", "message", "online", "date", "time", "late", "read", "written", "file", "word", "said", "ask", "asked", "know", "told", "tell", "information", "translate", "language", "boring"]),
        [FeedbackTheme.Relationships] = Weights(
            two: ["trust", "respect", "honest", "judge", "listened to", "listen to me", "listens to me", "get to know", "got to know", "getting to know", "know me", "on my side", "on our side", "believe", "blamed", "just a number", "like a person", "care about", "keep in touch", "stay in touch", "kept in touch", "get on", "getting on", "talk to me", "talks to me", "spend time", "spent time", "spend more time", "matter", "promises", "give up on", "gave up on", "feel like", "felt like", "felt listened", "like an adult", "big sister", "relationship"],
            one: ["listen", "liked", "like", "care", "cared", "felt", "feel", "close", "closer", "together", "arguing", "patient", "sorry", "nice", "effort", "brother", "sister", "mum", "dad", "family", "me and", "talk", "time"]),
        [FeedbackTheme.PeopleWhoHelp] = Weights(
            two: ["keeps changing", "keep changing", "changes every", "changing workers", "new worker", "social workers in", "workers in", "on time", "turn up", "turned up", "didnt turn up", "too many families", "too many different", "different people", "more workers", "more staff", "enough workers", "off sick", "on leave", "agency worker", "student", "training", "trained", "experience", "badge", "receptionist", "manager", "good at her job", "good at his job", "knows her stuff", "knows his stuff", "extra mile", "duty worker", "when you are leaving", "disappeared"],
            one: ["worker", "workers", "staff", "practitioner", "social worker", "she", "he", "her", "his", "kind", "rude", "friendly", "polite", "lovely", "professional", "bossy", "stressed", "tired", "rushed", "rush", "late", "left", "leave", "culture", "mr", "mrs", "ms", "miss", "brilliant", "amazing", "best", "helpful", "calm", "understanding", "new", "people", "person"]),
        [FeedbackTheme.TypeOfHelp] = Weights(
            two: ["course", "group", "club", "session", "activities", "activity", "counselling", "counsellor", "camhs", "mental health", "therapy", "food bank", "voucher", "bill", "money", "debt", "budget", "housing", "flat", "nursery", "college", "school nurse", "transport", "assessment", "waiting list", "waiting time", "respite", "holiday", "trip", "football", "swimming", "gym", "dance", "art", "breakfast club", "homework club", "parenting", "advice", "referral", "laptop", "fund", "uniform", "too late", "stopped", "leaflet", "help with", "help for", "support with", "support for", "more help", "more support", "mentor", "class", "programme", "youth", "drop in", "sleep", "exams", "autism", "adhd", "prescription", "weekends"],
            one: ["help", "helped", "support", "service", "things to do", "place", "free", "waiting", "wait", "teenagers", "kids", "dads", "families", "school", "behaviour", "anxiety", "routine", "confidence", "learn"]),
    };

    private static Dictionary<string, int> Weights(string[] two, string[] one)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in one)
        {
            weights[term] = 1;
        }
        foreach (var term in two)
        {
            weights[term] = 2;
        }
        return weights;
    }
}
