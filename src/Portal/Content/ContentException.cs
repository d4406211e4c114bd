namespace RightHelp.Portal.Content;

/// <summary>A content file that cannot be used; the message names the file and the fault.</summary>
public sealed class ContentException : Exception
{
    public ContentException() { }

    public ContentException(string message) : base(message) { }

    public ContentException(string message, Exception inner) : base(message, inner) { }
}
