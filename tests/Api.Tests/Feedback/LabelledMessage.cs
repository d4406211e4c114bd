using RightHelp.Api.Data;

namespace RightHelp.Api.Tests.Feedback;

public sealed record LabelledMessage(FeedbackTheme Theme, string Text, bool HeldOut);
