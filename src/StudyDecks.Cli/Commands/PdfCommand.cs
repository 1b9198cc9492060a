using System.CommandLine;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Wording;
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
        var deck = new Argument<string>("deck") { Description = "The deck file to print (.deck.json); - reads it from standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "PDF file to write; - writes it to standard output. Default: output/<deck name>.quiz.pdf." };
        var count = CountOption();
        var versions = VersionsOption();
        var seed = GenerateCommand.SeedOption();
        var paper = PaperOption();
        var answerKey = new Option<string>("--answer-key") { Description = "Answer key: appendix (after each version), separate (<name>-key.pdf) or none.", DefaultValueFactory = _ => "appendix" }
            .OneOf("appendix", "separate", "none");
        var title = new Option<string?>("--title", "-t") { Description = "Title printed on the quiz. Default: the deck's title." };
        var reviewedOnly = DeckFiles.ReviewedOnlyOption();
        var command = new Command("pdf", "Print a deck as a quiz: numbered questions, shuffled versions and answer keys, as PDF.\n\nExample:\n  studydecks pdf output/coalition.deck.json --count 30 --versions 2 --paper letter")
        {
            deck, output, count, versions, seed, paper, answerKey, title, reviewedOnly,
        };
        command.Validators.Add(result =>
        {
            if (StandardStreams.IsDash(result.GetValue(output)) && string.Equals(result.GetValue(answerKey)?.Trim(), "separate", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError("--answer-key separate writes a second file beside the quiz; with -o - use appendix or none");
            }
        });
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var options = new QuizOptions(
                parse.GetValue(count),
                parse.GetValue(versions),
                parse.GetValue(seed),
                ToPaper(parse.GetValue(paper)),
                Enum.Parse<AnswerKeyPlacement>(parse.GetValue(answerKey)!.Trim(), ignoreCase: true),
                parse.GetValue(title));
            var deckPath = parse.GetValue(deck)!;
            var whole = DeckFiles.Load(deckPath, environment);
            var loaded = Core.Review.DeckReview.ForOutput(whole, parse.GetValue(reviewedOnly));
            if (loaded.Cards.Count == 0)
            {
                throw StudyDecksException.InSource(DeckName(deckPath), NoCardsToPrint(whole));
            }

            var target = parse.GetValue(output) is { } path
                ? OutputPaths.Resolve(environment, path)
                : Path.Combine(environment.Resolve(OutputPaths.DefaultFolder), DeckFiles.StemOf(deckPath, whole) + QuizExtension);
            OutputPaths.RefuseInput(target, DeckFiles.InputFiles(deckPath, environment), environment);
            Write(environment, loaded, DeckName(deckPath), options, target);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>How the deck is named in errors and warnings: as typed, or <c>&lt;stdin&gt;</c>.</summary>
    private static string DeckName(string deckPath) => StandardStreams.IsDash(deckPath) ? StandardStreams.InputName : deckPath;

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
        batch.Stage(path, stream => stream.Write(rendered.Quiz), environment.Display(path),
            $"Wrote {Counted.AsAdjective(questions, "question", "quiz")} in {Counted.Of(rendered.Plan.Versions.Count, "version")} ({Counted.Of(rendered.QuizPages, "page")}) to {OutputPaths.Display(environment, path)}");
        if (rendered.AnswerKey is { } keyBytes)
        {
            // A quiz without the key the teacher asked for is half a job: the two are put in place together.
            batch.Stage(keyPath, stream => stream.Write(keyBytes), environment.Display(keyPath),
                $"Wrote the answer key ({Counted.Of(rendered.AnswerKeyPages, "page")}) to {environment.Display(keyPath)}");
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

    /// <summary>How many cards the printed quiz asks; shared with <c>build</c>.</summary>
    public static Option<int?> CountOption() =>
        new Option<int?>("--count", "-n") { Description = "How many cards the printed quiz asks, chosen evenly across the deck (seeded). Default: every card." }.AtLeast(1);

    /// <summary>How many versions of the printed quiz; shared with <c>build</c>.</summary>
    public static Option<int> VersionsOption() =>
        new Option<int>("--versions") { Description = "How many versions (A, B, …), each with its own question and option order and key.", DefaultValueFactory = _ => 1 }
            .Between(1, QuizOptions.MaxVersions);

    /// <summary>The paper of the printed quiz; shared with <c>build</c>.</summary>
    public static Option<string> PaperOption() =>
        new Option<string>("--paper") { Description = "Paper size: a4 or letter.", DefaultValueFactory = _ => "a4" }.OneOf("a4", "letter");

    /// <summary>The paper an option value checked by <see cref="PaperOption"/> names.</summary>
    public static Paper ToPaper(string? paper) =>
        string.Equals(paper?.Trim(), "letter", StringComparison.OrdinalIgnoreCase) ? Paper.Letter : Paper.A4;
}
