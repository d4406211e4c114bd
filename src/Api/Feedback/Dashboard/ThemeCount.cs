using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>How much feedback had this theme; a null theme is feedback with none given or suggested.</summary>
public sealed record ThemeCount(FeedbackTheme? Theme, Suppressible<int> Count);
