using System.CommandLine;
using System.Globalization;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Pdf.Layout.Paging;
using StudyDecks.Pdf.Quiz;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks pdf</c>: a deck in, a printable quiz (and its answer key) out.</summary>
internal static class PdfCommand
{
    public const string QuizExtension = ".quiz.pdf";

    public const string KeySuffix = "-key";

    public static Command Create(CliEnvironment environment)
    {
        var deck = new Argument<string>("deck") { Description = "The deck file to print (.deck.json)." };
        var output = new Option<string?>("--output", "-o") { Description = "PDF file to write. Default: output/<deck name>.quiz.pdf." };
        var count = new Option<int?>("--count") { Description = "How many cards to ask, chosen evenly across the deck (seeded). Default: every card." };
        var versions = new Option<int>("--versions") { Description = "How many versions (A, B, …), each with its own question and option order and key.", DefaultValueFactory = _ => 1 };
        var seed = GenerateCommand.SeedOption();
        var paper = new Option<string>("--paper") { Description = "Paper size: a4 or letter.", DefaultValueFactory = _ => "a4" };
        var answerKey = new Option<string>("--answer-key") { Description = "Answer key: appendix (after each version), separate (<name>-key.pdf) or none.", DefaultValueFactory = _ => "appendix" };
        var title = new Option<string?>("--title") { Description = "Title printed on the quiz. Default: the deck's title." };
        var reviewedOnly = DeckFiles.ReviewedOnlyOption();
        var command = new Command("pdf", "Print a deck as a quiz: numbered questions, shuffled versions and answer keys, as PDF.\n\nExample:\n  studydecks pdf output/coalition.deck.json --count 30 --versions 2 --paper letter")
        {
            deck, output, count, versions, seed, paper, answerKey, title, reviewedOnly,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var options = new QuizOptions(
                ParseCount(parse.GetValue(count)),
                ParseVersions(parse.GetValue(versions)),
                parse.GetValue(seed),
                ParsePaper(parse.GetValue(paper)),
                ParseAnswerKey(parse.GetValue(answerKey)),
                parse.GetValue(title));
            var deckPath = parse.GetValue(deck)!;
            var whole = DeckFiles.Load(deckPath, environment);
            var loaded = Core.Review.DeckReview.ForOutput(whole, parse.GetValue(reviewedOnly));
            if (loaded.Cards.Count == 0)
            {
                throw StudyDecksException.InSource(deckPath, NoCardsToPrint(whole));
            }

            var target = parse.GetValue(output) is { } path
                ? environment.Resolve(path)
                : Path.Combine(environment.Resolve(OutputPaths.DefaultFolder), OutputPaths.StemOf(deckPath) + QuizExtension);
            OutputPaths.RefuseInput(target, [environment.Resolve(deckPath)], environment);
            Write(environment, loaded, deckPath, options, target);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Why nothing of <paramref name="deck"/> can be printed: it has no cards, or none left by its review.</summary>
    internal static string NoCardsToPrint(Deck deck) =>
        deck.Cards.Count == 0 ? "the deck has no cards to print"
        : deck.Cards.All(card => card.IsDropped) ? "every card of the deck was dropped in review; there is nothing to print"
        : "no card of the deck was kept or edited in review; there is nothing to print with --reviewed-only (review it with studydecks review)";

    /// <summary>
    /// A rendering failure as one error line that starts with the deck file: the print limits keep layout failures out
    /// of reach of any deck the loader accepts, but one that still happens names the file like every other error.
    /// </summary>
    internal static StudyDecksException NamingTheDeck(string deckName, Exception exception) =>
        StudyDecksException.InSource(deckName, exception is LayoutException ? "the quiz cannot be laid out: " + exception.Message : exception.Message, exception);

    /// <summary>Renders the quiz and writes it (and a separate key) atomically; prints what was written.</summary>
    /// <param name="environment">Where to write and print.</param>
    /// <param name="deck">The deck to print.</param>
    /// <param name="deckName">The deck file as the user names it: errors and warnings start with it.</param>
    /// <param name="options">What to print.</param>
    /// <param name="path">The quiz PDF to write.</param>
    /// <remarks>Everything is rendered before the first file is written, so a failure leaves no file behind.</remarks>
    public static RenderedQuiz Write(CliEnvironment environment, Deck deck, string deckName, QuizOptions options, string path)
    {
        using var batch = new OutputBatch();
        var rendered = Stage(batch, environment, deck, deckName, options, path);
        batch.Commit(environment);
        return rendered;
    }

    /// <summary>Renders the quiz and stages it (and a separate key) in <paramref name="batch"/>, to be put in place with the rest.</summary>
    public static RenderedQuiz Stage(OutputBatch batch, CliEnvironment environment, Deck deck, string deckName, QuizOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(batch);
        RenderedQuiz rendered;
        try
        {
            rendered = QuizPdf.Render(deck, options);
        }
        catch (Exception exception) when (exception is StudyDecksException or LayoutException)
        {
            throw NamingTheDeck(deckName, exception);
        }

        foreach (var warning in rendered.Warnings)
        {
            environment.Error.WriteLine($"warning: {deckName}: {warning}");
        }

        var keyPath = KeyPathFor(path);
        var questions = rendered.Plan.Versions[0].Questions.Count;
        batch.Stage(path, stream => stream.Write(rendered.Quiz), environment.Display(path), string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote a {questions}-question quiz in {rendered.Plan.Versions.Count} version{(rendered.Plan.Versions.Count == 1 ? string.Empty : "s")} ({rendered.QuizPages} pages) to {environment.Display(path)}"));
        if (rendered.AnswerKey is { } keyBytes)
        {
            // A quiz without the key the teacher asked for is half a job: the two are put in place together.
            batch.Stage(keyPath, stream => stream.Write(keyBytes), environment.Display(keyPath), string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote the answer key ({rendered.AnswerKeyPages} pages) to {environment.Display(keyPath)}"));
        }

        return rendered;
    }

    /// <summary>Where the separate key of the quiz at <paramref name="quizPath"/> goes: <c>name-key.pdf</c> beside it.</summary>
    public static string KeyPathFor(string quizPath)
    {
        var folder = Path.GetDirectoryName(quizPath) ?? string.Empty;
        var name = Path.GetFileName(quizPath);
        var stem = name.EndsWith(QuizExtension, StringComparison.OrdinalIgnoreCase) ? name[..^QuizExtension.Length]
            : name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name[..^4]
            : name;
        return Path.Combine(folder, stem + KeySuffix + ".pdf");
    }

    private static int? ParseCount(int? count) => count is < 1
        ? throw new StudyDecksException(string.Create(CultureInfo.InvariantCulture, $"--count must be at least 1, not {count}"))
        : count;

    private static int ParseVersions(int versions) => versions is < 1 or > QuizOptions.MaxVersions
        ? throw new StudyDecksException(string.Create(CultureInfo.InvariantCulture, $"--versions must be between 1 and {QuizOptions.MaxVersions}, not {versions}"))
        : versions;

    private static Paper ParsePaper(string? paper) => paper?.Trim().ToLowerInvariant() switch
    {
        "a4" => Paper.A4,
        "letter" => Paper.Letter,
        _ => throw new StudyDecksException($"--paper must be a4 or letter, not \"{paper}\""),
    };

    private static AnswerKeyPlacement ParseAnswerKey(string? placement) => placement?.Trim().ToLowerInvariant() switch
    {
        "appendix" => AnswerKeyPlacement.Appendix,
        "separate" => AnswerKeyPlacement.Separate,
        "none" => AnswerKeyPlacement.None,
        _ => throw new StudyDecksException($"--answer-key must be appendix, separate or none, not \"{placement}\""),
    };
}
