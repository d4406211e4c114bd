namespace RightHelp.Api.Tests.Oruk;

/// <summary>
/// Classes that start the Api in-process run one after another: WebApplicationFactory finds the
/// app's host through a process-wide listener, so two starting at once can take each other's.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiServerCollection
{
    public const string Name = "Api server";
}
