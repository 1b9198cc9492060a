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
}
