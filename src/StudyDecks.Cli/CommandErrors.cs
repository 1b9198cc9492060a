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
