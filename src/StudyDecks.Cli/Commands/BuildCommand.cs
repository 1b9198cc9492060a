using System.CommandLine;
using StudyDecks.Cli.Files;
using StudyDecks.Pdf.Quiz;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks build</c>: the main job — generate a deck, then every export and the printable quiz.</summary>
internal static class BuildCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders. Default: decks/articles.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write into. Default: output/." };
        var title = new Option<string?>("--title") { Description = "Deck title. Default: from the articles' titles." };
        var seed = GenerateCommand.SeedOption();
        var command = new Command("build", "Generate a deck from articles and write every export and the printable quiz.\n\nExample:\n  studydecks build decks/articles -o output")
        {
            inputs, output, title, seed,
        };
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var folder = environment.Resolve(parse.GetValue(output) ?? OutputPaths.DefaultFolder);
            var (deck, deckPath) = GenerateCommand.Run(environment, parse.GetValue(inputs) ?? [], null, parse.GetValue(title), parse.GetValue(seed), null, folder);
            environment.Output.WriteLine(GenerateCommand.Summary(deck, deckPath, environment));
            ExportCommand.WriteAll(deck, deckPath, environment);
            if (deck.Cards.Count > 0)
            {
                PdfCommand.Write(environment, deck, environment.Display(deckPath), new QuizOptions(Seed: parse.GetValue(seed)), Path.Combine(folder, OutputPaths.StemOf(deckPath) + PdfCommand.QuizExtension));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
