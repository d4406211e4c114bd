namespace RightHelp.EndToEnd;

/// <summary>
/// Every browser test joins this collection, so the run shares one browser and one Portal.
/// Journey tests for later features add their classes here too.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<PortalApp>
{
    public const string Name = "End to end";
}
