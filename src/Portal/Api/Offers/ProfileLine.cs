namespace RightHelp.Portal.Api.Offers;

/// <summary>One line of "if this locality were 100 children".</summary>
public sealed record ProfileLine(string Label, int Count, string Explanation, string Source);
