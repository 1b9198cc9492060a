using System.CommandLine;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Quiz.Review;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks review</c>: a teacher keeps, drops or edits a deck's cards; every decision is written to the deck at once.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var deckPath = new Argument<string>("deck") { Description = "The deck file (.deck.json) to review; it is rewritten after every decision." }
            .NotStandardInput("review rewrites the deck file after every decision; give it as a file, not -");
        var all = new Option<bool>("--all") { Description = "Walk every card, reviewed or not. Default: only the cards not yet reviewed." };
        var plain = new Option<bool>("--plain")
        {
            Description = "Line-based review for scripts and screen readers: prints each card and reads one command per line from stdin: "
                + PlainReviewRunner.Commands + ". Used automatically when stdin or stdout is not a terminal.",
        };
        var command = new Command(
            "review",
            "Review a deck's cards as a teacher: keep, drop, or edit the question, the answer or a wrong option (or swap in one of\n"
            + "the card's spare options). Every decision is written to the deck at once, so stopping the review loses nothing.\n"
            + "Every output leaves dropped cards out and prints edited cards as edited; regenerating over the deck keeps the\n"
            + "decisions of every card whose sentence is still in its article.\n\n"
            + "Keys: k keep, d drop, e edit the question, a edit the answer, 1-3 replace a wrong option, u undo, Left/Right move, q quit.\n\n"
            + "Examples:\n  studydecks review output/coalition.deck.json\n  printf 'keep\\ndrop\\nswap 2\\nkeep\\n' | studydecks review output/coalition.deck.json --plain")
        {
            deckPath, all, plain,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var path = parse.GetValue(deckPath)!;
            var deck = DeckFiles.Load(path, environment);
            var full = environment.Resolve(path);

            // Refused before the first card is shown, not at the first decision: an unwritable deck cannot be reviewed.
            AtomicFile.Stage(full, stream => DeckJson.Write(deck, stream), environment.Display(full)).Dispose();
            var session = new ReviewSession(deck, parse.GetValue(all), changed => DeckFiles.Save(changed, full, environment));
            if (session.Count == 0)
            {
                environment.Output.WriteLine(deck.Cards.Count == 0
                    ? $"\"{deck.Title}\" has no cards to review."
                    : $"Every card of \"{deck.Title}\" is reviewed. Use --all to walk them again.");
                return ExitCodes.Success;
            }

            if (parse.GetValue(plain) || !environment.IsInteractive)
            {
                new PlainReviewRunner(environment.Input, environment.Output).Run(session);
            }
            else
            {
                new InteractiveReviewScreen(QuizCommand.Terminal(environment)).Run(session);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
