using StudyDecks.Core.Decks;
using StudyDecks.Export;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

/// <summary><c>export --format html</c> and <c>build</c>'s HTML quiz, and their bad input.</summary>
public sealed class HtmlQuizCommandTests
{
    private const string DeckFile = "coalition.deck.json";

    [Test]
    public void Export_writes_one_quiz_page_named_after_the_deck()
    {
        using var cli = new CliHarness();
        Save(cli, SampleDecks.Coalition());

        var result = cli.Run("export", DeckFile, "--format", "html");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Is.EqualTo("Wrote 8 cards as HTML quiz to output/coalition.quiz.html\n"));
        using var expected = new MemoryStream();
        DeckExporter.For(ExportFormat.Html).Write(SampleDecks.Coalition(), expected);
        Assert.That(File.ReadAllBytes(cli.PathOf("output/coalition.quiz.html")), Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public void Cards_dropped_in_review_are_left_out_of_the_quiz_page()
    {
        using var cli = new CliHarness();
        Save(cli, SampleDecks.Reviewed());

        var all = cli.Run("export", DeckFile, "-f", "html", "-o", "all.quiz.html");
        var reviewed = cli.Run("export", DeckFile, "-f", "html", "-o", "reviewed.quiz.html", "--reviewed-only");

        Assert.That(all.Output, Does.StartWith("Wrote 7 cards"));
        Assert.That(File.ReadAllText(cli.PathOf("all.quiz.html")), Does.Not.Contain("\"c0000000000a3\"").And.Contain(SampleDecks.EditedQuestion));
        Assert.That(reviewed.Output, Does.StartWith("Wrote 2 cards"));
    }

    [Test]
    public void Build_writes_the_quiz_page_beside_the_deck()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "-o", "out", "--title", "My Deck");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(cli.WrittenFiles(), Does.Contain("out/my-deck.quiz.html"));
        Assert.That(result.Output, Does.Contain("as HTML quiz to out/my-deck.quiz.html"));
    }

    [TestCase("missing.deck.json", null, "error: missing.deck.json: no such deck file")]
    [TestCase("broken.deck.json", "{ \"format\": ", "error: broken.deck.json: ")]
    [TestCase("other.deck.json", "{ \"format\": \"something else\" }", "error: other.deck.json: ")]
    public void A_missing_or_invalid_deck_is_one_line_and_writes_nothing(string deck, string? content, string expected)
    {
        using var cli = new CliHarness();
        if (content is not null)
        {
            File.WriteAllText(cli.PathOf(deck), content);
        }

        var result = cli.Run("export", deck, "-f", "html");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.Error, Does.StartWith(expected));
        Assert.That(Directory.Exists(cli.PathOf("output")), Is.False);
    }

    [Test]
    public void An_unwritable_output_path_is_one_line_and_leaves_no_file()
    {
        using var cli = new CliHarness();
        Save(cli, SampleDecks.Coalition());
        File.WriteAllText(cli.PathOf("blocker"), "a file where a folder should be");

        var result = cli.Run("export", DeckFile, "-f", "html", "-o", "blocker/quiz.quiz.html");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { result.ErrorLines[0] }));
        Assert.That(result.Error, Does.StartWith("error: blocker/quiz.quiz.html: cannot create the output folder"));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "blocker", DeckFile }));
    }

    private static void Save(CliHarness cli, Deck deck) => File.WriteAllText(cli.PathOf(DeckFile), DeckJson.Serialize(deck));
}
