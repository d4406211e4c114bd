namespace RightHelp.Api.Localities;

/// <summary>One line of "if this locality were 100 children", with the sentence a screen reader can say.</summary>
public sealed record LocalityProfileLine(string Label, int Count, string Explanation, string Source);
