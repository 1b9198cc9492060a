using StudyDecks.Core.Decks;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class BuildCommandTests
{
    [Test]
    public void Build_with_no_arguments_writes_the_deck_into_output()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(cli.WrittenFiles(), Has.Some.Match(@"^output/.+\.deck\.json$"));
    }

    [Test]
    public void Build_writes_into_the_named_folder()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "decks/articles", "-o", "out", "--title", "My Deck");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(cli.WrittenFiles(), Does.Contain("out/my-deck.deck.json"));
    }

    [Test]
    public void Build_also_prints_the_quiz_with_its_answer_key()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "decks/articles", "-o", "out", "--title", "My Deck");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(cli.WrittenFiles(), Does.Contain("out/my-deck.quiz.pdf"));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(cli.PathOf("out/my-deck.quiz.pdf"));
        Assert.That(pdf.GetPages().Select(page => page.Text), Has.Some.Contain("Answer key"));
    }

    [Test]
    public void Build_over_a_reviewed_deck_keeps_the_review_and_reviewed_only_prints_the_kept_and_edited_cards()
    {
        using var cli = new CliHarness();
        cli.Run("build");
        var deckFile = Directory.GetFiles(cli.PathOf("output"), "*.deck.json").Single();
        var name = Path.GetRelativePath(cli.WorkingDirectory, deckFile);
        cli.RunWithInput("keep\ndrop\nquit\n", "review", name, "--plain");
        var dropped = DeckJson.Parse(File.ReadAllText(deckFile), name).Cards[1];

        var result = cli.Run("build", "--reviewed-only");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("as CSV (question,answer)").And.Contain("Wrote 1 card as CSV"));
        var fresh = DeckJson.Parse(File.ReadAllText(deckFile), name).Cards.Count - 2;
        Assert.That(result.Output, Does.EndWith($"Kept 2 review decisions; {fresh} new {(fresh == 1 ? "card" : "cards")} to review\n"));
        Assert.That(File.ReadAllText(deckFile.Replace(".deck.json", ".csv", StringComparison.Ordinal)), Does.Not.Contain(dropped.Question));
        Assert.That(DeckJson.Parse(File.ReadAllText(deckFile), name).Cards[1].IsDropped, Is.True);
    }

    [Test]
    public void Build_passes_the_deck_and_print_options_to_its_steps()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "-o", "out", "-t", "My Deck", "--max-cards", "3", "-n", "2", "--versions", "2", "--paper", "letter");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith("Wrote 3 cards from 2 articles").And.Contain("Wrote a 2-question quiz in 2 versions ("));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(cli.PathOf("out/my-deck.quiz.pdf"));
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(612).Within(0.5));
    }
}
