using RightHelp.Api.Data;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed record LabelledMessage(FeedbackTheme Theme, string Text, bool HeldOut);
