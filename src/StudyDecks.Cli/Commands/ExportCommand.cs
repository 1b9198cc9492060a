using System.CommandLine;
using System.Globalization;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Wording;
using StudyDecks.Export;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks export</c>: a deck file in, one flashcard-app or LMS file out (Anki package, Anki text, CSV, deck JSON, Moodle GIFT or XML, Quizlet).</summary>
internal static class ExportCommand
{
    /// <summary>The reproducible-builds variable that, when set, gives the time written into .apkg notes (seconds since 1970).</summary>
    public const string TimestampVariable = "SOURCE_DATE_EPOCH";

    public static Command Create(CliEnvironment environment)
    {
        var deckPath = new Argument<string>("deck") { Description = "The deck file (.deck.json) to export; - reads it from standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "anki: Anki package (.apkg); anki-text: Anki text import (.anki.txt); csv: question,answer rows (.csv); json: the deck file (.deck.json); "
                + "gift: Moodle GIFT (.gift.txt); moodle: Moodle XML (.moodle.xml); quizlet: term<tab>definition lines for Quizlet's import (.quizlet.txt); "
                + "html: a one-file quiz for the browser, offline (.quiz.html).",
            Required = true,
            HelpName = string.Join('|', FormatNames),
        }.OneOf(FormatNames);
        var output = new Option<string?>("--output", "-o") { Description = "File to write; - writes it to standard output. Default: output/<deck name><extension>." };
        var keepFormulas = KeepFormulasOption();
        var bom = ByteOrderMarkOption();
        var reviewedOnly = DeckFiles.ReviewedOnlyOption();
        var command = new Command(
            "export",
            "Export a deck for a flashcard app or a school's Moodle: Anki (.apkg or text import), Quizlet-style CSV, Quizlet's\n"
            + "import text, Moodle GIFT or Moodle XML (a question-bank category per article), a one-file HTML quiz, or the deck JSON.\n"
            + "Cards dropped in studydecks review are left out; edited cards are exported as edited.\n"
            + "The html quiz's results file goes back to the score database with studydecks scores --import.\n\n"
            + "The same deck always exports to the same bytes. Re-importing an .apkg of a regenerated or retitled deck updates the notes\n"
            + $"already in Anki instead of duplicating them; to take changed text into them, set {TimestampVariable} to a later time\n"
            + "or choose \"Update notes: Always\" when importing.\n\n"
            + "Example:\n  studydecks export output/coalition.deck.json --format anki")
        {
            deckPath, format, output, keepFormulas, bom, reviewedOnly,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var exportFormat = ParseFormat(parse.GetValue(format)!);
            var deckName = parse.GetValue(deckPath)!;
            var deck = DeckFiles.LoadForOutput(deckName, environment, parse.GetValue(reviewedOnly));
            var path = parse.GetValue(output) is { } chosen
                ? OutputPaths.Resolve(environment, chosen)
                : Path.Combine(environment.Resolve(OutputPaths.DefaultFolder), DeckFiles.StemOf(deckName, deck) + exportFormat.FileExtension);
            OutputPaths.RefuseInput(path, DeckFiles.InputFiles(deckName, environment), environment);
            Write(deck, exportFormat, path, environment, Settings(environment, parse.GetValue(keepFormulas), parse.GetValue(bom)));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Stages every export but the deck JSON (staged as <paramref name="deckPath"/>) next to the deck file.</summary>
    public static void StageAll(OutputBatch batch, Deck deck, string deckPath, CliEnvironment environment, ExportSettings settings)
    {
        var folder = Path.GetDirectoryName(deckPath)!;
        foreach (var format in ExportFormatExtensions.All.Where(format => format != ExportFormat.Json))
        {
            Stage(batch, deck, format, Path.Combine(folder, OutputPaths.StemOf(deckPath) + format.FileExtension), environment, settings);
        }
    }

    /// <summary>Exports <paramref name="deck"/> to <paramref name="path"/> through a temp file, so a failure leaves no partial file.</summary>
    public static void Write(Deck deck, ExportFormat format, string path, CliEnvironment environment, ExportSettings settings)
    {
        using var batch = new OutputBatch();
        Stage(batch, deck, format, path, environment, settings);
        batch.Commit(environment);
    }

    private static void Stage(OutputBatch batch, Deck deck, ExportFormat format, string path, CliEnvironment environment, ExportSettings settings)
    {
        var exporter = DeckExporter.For(format, settings);
        batch.Stage(path, stream => exporter.Write(deck, stream), environment.Display(path), $"Wrote {Counted.Of(deck.Cards.Count, "card")} as {format.DisplayName} to {OutputPaths.Display(environment, path)}");
    }

    /// <summary>The option that writes CSV cells as they are, formulas included.</summary>
    public static Option<bool> KeepFormulasOption() => new("--csv-keep-formulas")
    {
        Description = "Write CSV cells that start with =, +, - or @ as they are. By default they get a leading ' so a spreadsheet does not run them as formulas.",
    };

    /// <summary>The option that starts a CSV with a UTF-8 byte order mark.</summary>
    public static Option<bool> ByteOrderMarkOption() => new("--bom")
    {
        Description = "Start the CSV with a UTF-8 byte order mark, so Excel reads accents and curly quotes right (other formats are unchanged).",
    };

    private static string[] FormatNames => [.. ExportFormatExtensions.All.Select(format => format.Name)];

    /// <summary>The format a name checked by the option names.</summary>
    private static ExportFormat ParseFormat(string name) =>
        ExportFormatExtensions.TryParse(name.Trim(), out var format) ? format : throw new ArgumentOutOfRangeException(nameof(name), name, "not a format name");

    /// <summary>The export settings of the environment (<c>SOURCE_DATE_EPOCH</c>) and the CSV formula and byte order mark options.</summary>
    public static ExportSettings Settings(CliEnvironment environment, bool keepFormulas = false, bool byteOrderMark = false) =>
        TimestampSettings(environment) with { NeutraliseCsvFormulas = !keepFormulas, CsvByteOrderMark = byteOrderMark };

    private static ExportSettings TimestampSettings(CliEnvironment environment)
    {
        if (environment.Variable(TimestampVariable) is not { } text)
        {
            return ExportSettings.Default;
        }

        // Zip entry times cannot be earlier than 1980.
        var earliest = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var latest = new DateTimeOffset(2107, 12, 31, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < earliest || seconds > latest)
        {
            throw StudyDecksException.InSource(TimestampVariable, $"\"{text}\" is not a time in seconds since 1970 between 1980 and 2107");
        }

        return ExportSettings.Default with { Timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds) };
    }
}
