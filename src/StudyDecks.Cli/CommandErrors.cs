using StudyDecks.Core.Errors;

namespace StudyDecks.Cli;

/// <summary>Turns the failures a command can expect into the one-line <c>error: …</c> message users see.</summary>
internal static class CommandErrors
{
    public static bool IsExpected(Exception exception) => exception is StudyDecksException or IOException or UnauthorizedAccessException
        or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ArgumentException or NotSupportedException;

    public static string Describe(Exception exception) => "error: " + OneLine(exception switch
    {
        StudyDecksException => exception.Message,
        UnauthorizedAccessException => "permission denied: " + exception.Message,
        _ => exception.Message,
    });

    /// <summary>Set to any value, it prints the stack trace of a bug after its one-line message.</summary>
    public const string TraceVariable = "STUDYDECKS_TRACE";

    /// <summary>
    /// The one line for a failure no input should cause: a fault of StudyDecks itself, to be reported with the command
    /// that met it. Nothing was written: every output goes to a temporary file that is renamed only when complete.
    /// </summary>
    public static string DescribeBug(Exception exception) =>
        "error: internal error, a bug in StudyDecks (please report it with the command and its input; "
        + TraceVariable + "=1 shows where it failed): " + exception.GetType().Name + ": " + OneLine(exception.Message);

    /// <summary>Runs a command body, printing an expected failure as one line and returning the failure exit code.</summary>
    public static int Guard(CliEnvironment environment, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception exception) when (IsExpected(exception))
        {
            environment.Error.WriteLine(Describe(exception));
            return ExitCodes.Failure;
        }
    }

    /// <summary>The first line, without control characters: a value quoted from a hostile file must not drive the terminal.</summary>
    public static string OneLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return Printable(end < 0 ? message : message[..end]).Trim();
    }

    /// <summary><paramref name="text"/> without control characters (escape codes, bells, line breaks).</summary>
    public static string Printable(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Where(c => !char.IsControl(c))) : text;
}
