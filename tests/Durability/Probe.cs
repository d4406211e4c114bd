namespace RightHelp.Durability;

/// <summary>
/// A request a client repeats under load, and what counts as a good answer: <paramref name="Check"/> gives the
/// status and null when the answer is right, or the status and what is wrong with it.
/// </summary>
public sealed record Probe(string Service, string Target, Func<HttpClient, Task<(int Status, string? Problem)>> Check);
