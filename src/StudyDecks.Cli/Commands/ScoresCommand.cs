using System.CommandLine;
using StudyDecks.Quiz.Reports;
using StudyDecks.Quiz.Scores;
using StudyDecks.Quiz.Screens;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks scores</c>: past sessions, the accuracy trend, the weakest cards, and item analysis.</summary>
internal static class ScoresCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var player = QuizCommand.PlayerOption("Only this player's sessions. Default: every player.");
        var deck = new Option<string?>("--deck", "-d") { Description = "Only this deck: its title or its file's name (e.g. coalition or coalition.deck.json)." };
        var database = QuizCommand.DatabaseOption();
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"sessions\": [{player, deck, startedAt, answered, correct}], \"cards\": [...], and with --items \"items\": [...]}." };
        var import = new Option<string?>("--import") { Description = "Record a results file downloaded from the HTML quiz (export --format html) as --player's sessions, then stop. The same file is never recorded twice.", HelpName = "results.json" };
        var items = new Option<bool>("--items") { Description = "Item analysis from all recorded answers: per card the share answered right and its discrimination, per distractor how often it was chosen (a distractor nobody picks is not working)." };
        var command = new Command("scores", "Show recorded quiz sessions (date, deck, answered, correct, %), the accuracy trend as a chart, and the weakest cards.\n\nExamples:\n  studydecks scores\n  studydecks scores --player ana --deck coalition\n  studydecks scores --items\n  studydecks scores --json > scores.json\n  studydecks scores --import ana.results.json --player ana")
        {
            player, deck, database, json, items, import,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            if (parse.GetValue(import) is { } results)
            {
                return ResultsImporting.Run(environment, results, parse.GetValue(player), parse.GetValue(deck), parse.GetValue(database), parse.GetValue(json) || parse.GetValue(items));
            }

            var path = QuizCommand.DatabasePath(environment, parse.GetValue(database));
            var shown = environment.Display(path);
            using var store = ScoreStore.Open(path, shown, ScoreStoreOptions.Default with { CreateIfMissing = false });
            var filter = ScoreReports.Resolve(store, parse.GetValue(player), parse.GetValue(deck), shown);
            var report = ScoreReports.Read(store, filter);
            var analysis = parse.GetValue(items) ? ItemAnalysis.Analyse(store, filter) : null;
            if (parse.GetValue(json))
            {
                using var buffer = new MemoryStream();
                ScoreReportJson.Write(buffer, report, analysis);
                environment.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                return ExitCodes.Success;
            }

            var console = QuizCommand.Terminal(environment);
            if (analysis is not null)
            {
                ItemAnalysisView.Write(console, analysis);
            }
            else
            {
                ScoresView.Write(console, report);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
