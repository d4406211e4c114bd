namespace RightHelp.GraphQL.Execution;

/// <summary>Looks up persisted operations by id (for example "sha256:&lt;hex&gt;").</summary>
public interface ITrustedDocumentStore
{
    bool TryGetDocument(string documentId, out string document);
}
