using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record ReportPayload(bool Reported, IReadOnlyList<ApiError> Errors);
