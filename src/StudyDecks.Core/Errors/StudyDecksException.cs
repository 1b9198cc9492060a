namespace StudyDecks.Core.Errors;

/// <summary>
/// The one exception StudyDecks throws for input it cannot use: an unreadable article, a bad deck file,
/// an option out of range. Its message is a single line that names where the problem is.
/// </summary>
/// <remarks>
/// Create instances through the named factories so every message text lives in <see cref="ErrorMessages"/>.
/// The command line prints <c>error: {Message}</c> and exits non-zero; no stack trace is shown.
/// </remarks>
public sealed class StudyDecksException : Exception
{
    /// <summary>Creates an exception whose message is <paramref name="message"/>.</summary>
    public StudyDecksException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception whose message is <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public StudyDecksException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a generic message.</summary>
    public StudyDecksException()
        : base("StudyDecks could not complete the operation.")
    {
    }

    /// <summary>A problem with one named input, printed as <c>{source}: {problem}</c>.</summary>
    public static StudyDecksException InSource(string source, string problem) => new($"{source}: {problem}");

    /// <summary>A problem with one named input, keeping the low-level cause for debugging.</summary>
    public static StudyDecksException InSource(string source, string problem, Exception cause) => new($"{source}: {problem}", cause);
}
