namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>The four average scores (1 to 5) for one month in one locality.</summary>
public sealed record MonthlyScores(
    DateOnly Month,
    Suppressible<int> People,
    Suppressible<double> ExplainedClearly,
    Suppressible<double> InvolvedInPlanning,
    Suppressible<double> ListenedTo,
    Suppressible<double> HappyWithHelp);
