using System.Security.Cryptography;
using System.Text;

namespace RightHelp.GraphQL.Execution;

/// <summary>An in-memory set of trusted documents keyed by "sha256:&lt;hex&gt;" and by their plain hex hash.</summary>
public sealed class TrustedDocumentStore : ITrustedDocumentStore
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);

    public TrustedDocumentStore(IEnumerable<string> documents)
    {
        foreach (var document in documents)
        {
            Add(document);
        }
    }

    public static string IdOf(string document) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public string Add(string document)
    {
        var id = IdOf(document);
        _documents[id] = document;
        _documents[id["sha256:".Length..]] = document;
        return id;
    }

    /// <summary>True when the exact text is trusted (clients may send the text instead of the id).</summary>
    public bool Contains(string document) => _documents.ContainsKey(IdOf(document));

    public bool TryGetDocument(string documentId, out string document) =>
        _documents.TryGetValue(documentId, out document!);
}
