using StudyDecks.Cli.Files;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Wording;
using StudyDecks.Quiz.Results;
using StudyDecks.Quiz.Scores;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks scores --import</c>: a student's results file from the HTML quiz into the score database.</summary>
internal static class ResultsImporting
{
    public static int Run(CliEnvironment environment, string file, string? player, string? deck, string? database, bool withReport)
    {
        if (withReport)
        {
            throw StudyDecksException.InSource("--import", "records a results file and shows nothing; run scores --json or --items after it");
        }

        if (string.IsNullOrWhiteSpace(player))
        {
            throw StudyDecksException.InSource("--import", "needs --player NAME: whose answers the file holds");
        }

        // The file is read and checked before the database is opened: a bad file leaves no new or changed database.
        var path = environment.Resolve(file);
        var shown = environment.Display(path);
        var bytes = Read(path, shown);
        var results = ResultsFile.Parse(bytes, shown);
        if (deck is not null && !IsDeck(results.DeckTitle, deck))
        {
            throw StudyDecksException.InSource(shown, $"is for the deck \"{CommandErrors.Printable(results.DeckTitle)}\", not \"{deck}\"; nothing recorded");
        }

        var databasePath = QuizCommand.DatabasePath(environment, database);
        using var store = ScoreStore.Open(databasePath, environment.Display(databasePath), ScoreStoreOptions.Default);
        var request = new ImportRequest(player.Trim(), ResultsImport.KeyOf(bytes), shown, OutputPaths.Slug(results.DeckTitle), DateTimeOffset.UtcNow);
        var summary = ResultsImport.Record(store, results, request);
        environment.Output.WriteLine(
            $"Recorded {Counted.Of(summary.Answers, "answer")} ({summary.Correct} right) in {Counted.Of(summary.Sessions, "session")} of \"{CommandErrors.Printable(summary.Deck)}\" for {request.Player} from {shown}");
        return ExitCodes.Success;
    }

    /// <summary>Whether <paramref name="name"/> names the deck titled <paramref name="title"/>: its title or its default file name.</summary>
    private static bool IsDeck(string title, string name) =>
        string.Equals(name, title, StringComparison.OrdinalIgnoreCase)
        || string.Equals(OutputPaths.StemOf(name), OutputPaths.Slug(title), StringComparison.OrdinalIgnoreCase);

    private static byte[] Read(string path, string shown)
    {
        if (Directory.Exists(path))
        {
            throw StudyDecksException.InSource(shown, "is a folder, not a results file");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return BoundedInput.ReadAll(stream, ResultsFile.MaxBytes) ?? throw StudyDecksException.InSource(shown, "is too large for a results file");
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw StudyDecksException.InSource(shown, "no such results file", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(shown, "cannot read the results file: " + exception.Message, exception);
        }
    }
}
