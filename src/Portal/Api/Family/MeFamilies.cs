namespace RightHelp.Portal.Api.Family;

/// <summary>The <c>me { families }</c> envelope, shaped by each page's own selection.</summary>
public sealed record MeFamilies<TFamily>(IReadOnlyList<TFamily> Families);
