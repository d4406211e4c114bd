using RightHelp.Api.YouSaidWeDid;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed record LoadItem(string Key, SubmitFeedbackInput Input);
