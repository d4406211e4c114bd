namespace RightHelp.GraphQL.AspNetCore.Ide;

/// <summary>One embedded IDE file with the validator browsers revalidate it by.</summary>
internal sealed record GraphiQLAsset(byte[] Content, string ContentType, string ETag);
