using System.CommandLine;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Review;
using StudyDecks.Pdf.Quiz;

namespace StudyDecks.Cli.Commands;

/// <summary><c>studydecks build</c>: the main job — generate a deck, then every export and the printable quiz.</summary>
internal static class BuildCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = GenerateCommand.InputsArgument();
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write into. Default: output/." };
        var title = GenerateCommand.TitleOption();
        var seed = GenerateCommand.SeedOption();
        var keepFormulas = ExportCommand.KeepFormulasOption();
        var bom = ExportCommand.ByteOrderMarkOption();
        var reviewedOnly = DeckFiles.ReviewedOnlyOption();
        var maxCards = GenerateCommand.MaxCardsOption();
        var count = PdfCommand.CountOption();
        var versions = PdfCommand.VersionsOption();
        var paper = PdfCommand.PaperOption();
        var command = new Command("build", "Generate a deck from articles and write every export and the printable quiz.\n\nEvery file is written to a temp file first and all are put in place together at the end: a failure leaves\nthe earlier outputs as they were.\n\nExample:\n  studydecks build decks/articles -o output")
        {
            inputs, output, title, seed, keepFormulas, bom, reviewedOnly, maxCards, count, versions, paper,
        };
        GenerateCommand.RequireTitleForStandardInput(command, inputs, title);
        command.Validators.Add(result =>
        {
            if (StandardStreams.IsDash(result.GetValue(output)))
            {
                result.AddError("build writes several files: -o names a folder, not standard output");
            }
        });
        command.SetAction(parse => CommandErrors.Guard(environment, () =>
        {
            var folder = environment.Resolve(parse.GetValue(output) ?? OutputPaths.DefaultFolder);
            var (deck, deckPath, carried) = GenerateCommand.Make(environment, parse.GetValue(inputs) ?? [], null, parse.GetValue(title), parse.GetValue(seed), parse.GetValue(maxCards), folder);
            var printed = DeckReview.ForOutput(deck, parse.GetValue(reviewedOnly));
            if (printed.Cards.Count == 0)
            {
                throw StudyDecksException.InSource(environment.Display(deckPath), PdfCommand.NoCardsToPrint(deck));
            }

            using var batch = new OutputBatch();
            batch.Stage(deckPath, stream => DeckJson.Write(deck, stream), environment.Display(deckPath), GenerateCommand.Summary(deck, deckPath, environment));
            ExportCommand.StageAll(batch, printed, deckPath, environment, ExportCommand.Settings(environment, parse.GetValue(keepFormulas), parse.GetValue(bom)));
            PdfCommand.Stage(batch, environment, printed, environment.Display(deckPath), new QuizOptions(parse.GetValue(count), parse.GetValue(versions), parse.GetValue(seed), PdfCommand.ToPaper(parse.GetValue(paper))), Path.Combine(folder, OutputPaths.StemOf(deckPath) + PdfCommand.QuizExtension));
            batch.Commit(environment);
            if (carried is not null)
            {
                environment.Output.WriteLine(carried);
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
