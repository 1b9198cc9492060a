using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StudyDecks.Cli.Files;
using StudyDecks.Quiz;
using StudyDecks.Quiz.Plain;
using StudyDecks.Quiz.Scores;
using StudyDecks.Quiz.Screens;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks quiz</c>: take a deck's quiz in the terminal; every answer is saved to the score database.</summary>
internal static class QuizCommand
{
    public const int DefaultCount = 10;

    /// <summary>The environment variable that names the score database when <c>--db</c> is not given.</summary>
    public const string DatabaseVariable = "STUDYDECKS_DB";

    /// <summary>The terminal sequence that shows a cursor the option picker hid.</summary>
    private const string ShowCursor = "\u001b[?25h";

    private static readonly string[] Modes = ["due", "new", "missed", "all"];

    public static Command Create(CliEnvironment environment)
    {
        var deckPath = new Argument<string>("deck") { Description = "The deck file (.deck.json) to be quizzed on." }
            .NotStandardInput("quiz reads its answers from standard input; give the deck as a file, not -");
        var player = PlayerOption("Who is answering. Default: $USER, else \"me\".");
        var count = new Option<int>("--count", "-n") { Description = "Ask at most this many questions.", DefaultValueFactory = _ => DefaultCount }.Between(1, int.MaxValue);
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "Which cards: due (due for review, most overdue first, then never asked), new (never asked), missed (last answered wrong), all.",
            DefaultValueFactory = _ => "due",
        }.OneOf(Modes);
        var plain = new Option<bool>("--plain") { Description = "Line-based quiz for scripts, pipes and screen readers: reads one answer per line from stdin and ends with \"Score: X/N\". Used automatically when stdin or stdout is not a terminal." };
        var database = DatabaseOption();
        var seed = new Option<int?>("--seed", "-s") { Description = "Seed of the card order and option shuffling, to repeat a quiz exactly. Default: random." };

        var command = new Command("quiz", "Take a deck's quiz in the terminal: answer by letter or arrow keys (typed answers for short-answer cards), see right/wrong with the source sentence, and a summary at the end. Every answer is saved at once to the score database (per player, and per deck by its title), and FSRS spaced repetition decides which cards are due.\n\nExamples:\n  studydecks quiz output/coalition.deck.json\n  studydecks quiz output/coalition.deck.json --mode missed --count 5\n  printf 'b\\nT\\n' | studydecks quiz output/coalition.deck.json --plain --seed 3")
        {
            deckPath, player, count, mode, plain, database, seed,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var path = parse.GetValue(deckPath)!;
            var deck = DeckFiles.LoadForOutput(path, environment);
            var databasePath = DatabasePath(environment, parse.GetValue(database));
            using var store = ScoreStore.Open(databasePath, environment.Display(databasePath), ScoreStoreOptions.Default);
            var setup = new QuizSetup(deck, OutputPaths.StemOf(path), PlayerName(environment, parse.GetValue(player)), ParseMode(parse.GetValue(mode)!), parse.GetValue(count));
            var random = new Random(parse.GetValue(seed) ?? Random.Shared.Next());
            var session = QuizSession.Start(store, setup, TimeProvider.System, random);
            if (session.Cards.Count == 0)
            {
                environment.Output.WriteLine(NothingToAsk(session));
                return ExitCodes.Success;
            }

            if (parse.GetValue(plain) || !environment.IsInteractive)
            {
                new PlainQuizRunner(environment.Input, environment.Output).Run(session);
            }
            else
            {
                // Ctrl-C ends the process, not the screen loop: record the end time and show the cursor again first,
                // after which the screen, still running on its own thread, draws nothing more.
                using var output = new InterruptibleOutput(environment.Output);
                void OnCancel(object? sender, ConsoleCancelEventArgs args)
                {
                    session.End();
                    output.Close(ShowCursor);
                }

                Console.CancelKeyPress += OnCancel;
                try
                {
                    new InteractiveQuizScreen(Terminal(environment, output)).Run(session);
                }
                finally
                {
                    Console.CancelKeyPress -= OnCancel;
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Option<string?> PlayerOption(string description) => new("--player", "-p") { Description = description };

    public static Option<string?> DatabaseOption() => new("--db")
    {
        Description = $"The score database. Default: ${DatabaseVariable}, else {ScoreDatabaseLocation.Described}.",
    };

    /// <summary>The score database: <c>--db</c>, else <c>$STUDYDECKS_DB</c>, else the user's data folder.</summary>
    public static string DatabasePath(CliEnvironment environment, string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return environment.Resolve(option);
        }

        if (environment.Variable(DatabaseVariable) is { } variable)
        {
            return environment.Resolve(variable);
        }

        return ScoreDatabaseLocation.Default(environment.Host, environment);
    }

    /// <summary>The player: <c>--player</c>, else <c>$USER</c>, else "me".</summary>
    public static string PlayerName(CliEnvironment environment, string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option.Trim() : environment.Variable("USER") ?? "me";

    /// <summary>A Spectre console on the environment's output: ANSI and colours only on a real terminal.</summary>
    public static IAnsiConsole Terminal(CliEnvironment environment) => Terminal(environment, environment.Output);

    private static IAnsiConsole Terminal(CliEnvironment environment, TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = environment.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = environment.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = environment.IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    private static QuizMode ParseMode(string mode) => Enum.Parse<QuizMode>(mode.Trim(), ignoreCase: true);

    private static string NothingToAsk(QuizSession session)
    {
        var setup = session.Setup;
        var deck = $"\"{setup.Deck.Title}\"";
        return setup.Mode switch
        {
            QuizMode.Due when session.NextDue is { } due => string.Create(CultureInfo.InvariantCulture, $"Nothing is due in {deck} for {setup.Player}; the next card is due {due.UtcDateTime:yyyy-MM-dd HH:mm} UTC. Use --mode all to practise anyway."),
            QuizMode.Missed => $"{setup.Player} has no missed cards in {deck}. Use --mode due or --mode all.",
            QuizMode.New => $"{setup.Player} has answered every card of {deck} at least once. Use --mode due or --mode all.",
            _ => $"{deck} has no cards to ask.",
        };
    }
}
