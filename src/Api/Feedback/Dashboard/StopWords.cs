namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>Words too common to say anything about what people meant, left out of "most used words".</summary>
public static class StopWords
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who", "did", "get", "got", "let", "say", "she", "too", "use", "yet", "off", "own", "why", "ago",
        "that", "with", "have", "this", "will", "your", "from", "they", "know", "want", "been", "good", "much", "some", "time", "very", "when", "come", "here", "just", "like", "long", "make", "many", "more", "only", "over", "such", "take", "than", "them", "well", "were", "what", "into", "then", "there", "their", "these", "those", "would", "could", "should", "about", "after", "again", "also", "because", "before", "being", "both", "does", "doing", "down", "each", "even", "ever", "every", "going", "gone", "into", "most", "must", "never", "other", "same", "still", "thing", "things", "through", "under", "until", "which", "while", "where", "whom", "whose", "yours", "dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "arent", "havent", "hasnt", "im", "ive", "id", "youre", "theyre", "thats", "theres", "really", "actually", "just", "lot", "lots", "loads", "bit", "get", "gets", "getting", "said", "says", "told", "thank", "thanks", "please", "feel", "felt", "think", "thought", "made", "makes", "back", "first", "last", "next", "went", "came", "done", "anything", "everything", "something", "nothing", "someone", "anyone", "everyone", "nobody", "myself", "yourself", "himself", "herself", "themselves", "ourselves", "mine", "ours", "theirs", "what", "whats", "okay",
    };
}
