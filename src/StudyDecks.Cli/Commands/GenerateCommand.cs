using System.CommandLine;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Review;
using StudyDecks.Core.Wording;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks generate</c>: articles in, one deck file out.</summary>
internal static class GenerateCommand
{
    public const int DefaultSeed = 1;

    public static Command Create(CliEnvironment environment)
    {
        var inputs = InputsArgument();
        var output = new Option<string?>("--output", "-o") { Description = "Deck file to write; - writes it to standard output. Default: output/<title>.deck.json." };
        var title = TitleOption();
        var seed = SeedOption();
        var maxCards = MaxCardsOption();
        var allCandidates = new Option<bool>("--all-candidates") { Description = "Keep every candidate that passes the quality checks, scored but not selected: for review." };

        var command = new Command("generate", "Read articles and write a deck of question cards.\n\nExample:\n  studydecks generate decks/articles --title \"D-ISIS Coalition\" --seed 7 -o output/coalition.deck.json")
        {
            inputs, output, title, seed, maxCards, allCandidates,
        };
        RequireTitleForStandardInput(command, inputs, title);
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var result = Run(environment, parse.GetValue(inputs) ?? [], parse.GetValue(output), parse.GetValue(title), parse.GetValue(seed), parse.GetValue(maxCards), allCandidates: parse.GetValue(allCandidates));
            if (result.Carried is { } carried)
            {
                environment.Output.WriteLine(carried);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The articles to read; shared with <c>build</c>.</summary>
    public static Argument<string[]> InputsArgument() => new("inputs")
    {
        Description = "Article files (.txt, .md, .html) or folders of them; - reads one article from standard input (HTML, Markdown or plain text, by how it starts). Default: decks/articles.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The deck title; shared with <c>build</c>.</summary>
    public static Option<string?> TitleOption() => new("--title", "-t") { Description = "Deck title. Default: from the articles' titles (needed when reading -)." };

    /// <summary>The most cards the deck keeps; shared with <c>build</c>.</summary>
    public static Option<int?> MaxCardsOption() =>
        new Option<int?>("--max-cards") { Description = "Keep at most this many cards (default: the best-scored, about nine per 1000 words)." }.AtLeast(1);

    /// <summary>An article on standard input has no file name to name the deck: <c>-</c> needs <c>--title</c>.</summary>
    public static void RequireTitleForStandardInput(Command command, Argument<string[]> inputs, Option<string?> title)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(inputs) ?? []).Any(StandardStreams.IsDash) && string.IsNullOrWhiteSpace(result.GetValue(title)))
            {
                result.AddError("an article read from standard input (-) needs --title");
            }
        });
    }

    public static Option<int> SeedOption() => new("--seed", "-s")
    {
        Description = "Seed of every random choice: the same inputs and seed give the same output, byte for byte.",
        DefaultValueFactory = _ => DefaultSeed,
    };

    /// <summary>Generates and saves a deck; returns it with the path it was written to and what review it carried over.</summary>
    public static MadeDeck Run(CliEnvironment environment, IReadOnlyList<string> inputs, string? output, string? title, int seed, int? maxCards, string? outputFolder = null, bool allCandidates = false)
    {
        var made = Make(environment, inputs, output, title, seed, maxCards, outputFolder, allCandidates);
        using var batch = new OutputBatch();
        batch.Stage(made.Path, stream => DeckJson.Write(made.Deck, stream), environment.Display(made.Path), Summary(made.Deck, made.Path, environment));
        batch.Commit(environment);
        return made;
    }

    /// <summary>
    /// Generates a deck and decides where it goes, writing nothing. When a deck is already there, its review decisions
    /// are carried over to the new one (<see cref="ReviewMerge"/>).
    /// </summary>
    public static MadeDeck Make(CliEnvironment environment, IReadOnlyList<string> inputs, string? output, string? title, int seed, int? maxCards, string? outputFolder = null, bool allCandidates = false)
    {
        var files = ArticleInputs.Expand(inputs, environment);
        var articles = ArticleInputs.Read(files, environment, title);
        var deckTitle = string.IsNullOrWhiteSpace(title) ? DeckTitle.Suggest(articles) : title.Trim();
        var path = output is not null
            ? OutputPaths.Resolve(environment, output)
            : outputFolder is not null
                ? Path.Combine(outputFolder, OutputPaths.Slug(deckTitle) + DeckFiles.Extension)
                : OutputPaths.InOutputFolder(environment, deckTitle, DeckFiles.Extension);
        var onDisk = files.Where(file => !StandardStreams.IsDash(file)).ToArray();
        OutputPaths.RefuseInput(path, onDisk, environment);
        if (outputFolder is not null)
        {
            OutputPaths.RefuseInputFolder(outputFolder, onDisk, environment);
        }

        var previous = DeckFiles.Previous(path, environment);
        var deck = DeckGenerator.Generate(articles, new GenerationOptions(deckTitle, seed, maxCards, allCandidates));
        if (string.IsNullOrWhiteSpace(title))
        {
            // The file keeps the name of the suggested title; the quiz's printed title must not answer a question.
            deck = deck with { Title = DeckTitle.Unrevealing(deckTitle, deck.Cards) };
        }

        ReportArticlesWithoutCards(deck, articles, files, environment);
        if (previous is null || previous.Cards.All(card => card.Review is null))
        {
            return new MadeDeck(deck, path, null);
        }

        var merged = ReviewMerge.Merge(deck, previous, articles);
        return new MadeDeck(merged.Deck, path, merged.Summary());
    }

    /// <summary>
    /// Says which articles gave no card: a warning when others did, and an error (nothing is written) when none did,
    /// so that a script never takes an empty deck for a made one.
    /// </summary>
    private static void ReportArticlesWithoutCards(Deck deck, IReadOnlyList<Core.Articles.Article> articles, IReadOnlyList<string> files, CliEnvironment environment)
    {
        var withCards = deck.Cards.Select(card => card.Source.Article).ToHashSet(StringComparer.Ordinal);
        var without = Enumerable.Range(0, articles.Count).Where(i => !withCards.Contains(articles[i].Id)).Select(i => ArticleInputs.Display(files[i], environment)).ToArray();
        if (deck.Cards.Count == 0)
        {
            throw Core.Errors.StudyDecksException.InSource(
                string.Join(", ", without),
                $"no cards could be made: {(without.Length == 1 ? "the article has" : "the articles have")} no fact that passes the quality checks; nothing was written");
        }

        foreach (var file in without)
        {
            environment.Error.WriteLine($"warning: {file}: no cards could be made from this article");
        }
    }

    /// <summary>The line that says what was written: "Wrote N cards from M articles to FILE".</summary>
    public static string Summary(Deck deck, string path, CliEnvironment environment) =>
        $"Wrote {Counted.Of(deck.Cards.Count, "card")} from {Counted.Of(deck.Sources.Count, "article")} to {OutputPaths.Display(environment, path)}";
}

/// <summary>A deck just generated, where it goes, and the line that says what review it carried over (null when none).</summary>
internal sealed record MadeDeck(Deck Deck, string Path, string? Carried);
