using System.IO.Compression;
using Microsoft.Data.Sqlite;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;
using UglyToad.PdfPig;

namespace StudyDecks.Cli.Tests.Commands;

/// <summary>Every output leaves a dropped card out and prints an edited card as edited; --reviewed-only takes kept and edited cards.</summary>
public sealed class ReviewedOutputTests
{
    private const string DeckFile = "reviewed.deck.json";

    // The Reviewed deck's dropped cloze card, its edited money card and a card no one reviewed.
    private const string DroppedText = "three ISIS teams in Paris killed";
    private const string EditedText = "How much did Blinken pledge";
    private const string GeneratedText = "How much is the U.S. contributing";
    private const string UnreviewedText = "What does SDF stand for?";

    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        File.WriteAllText(_cli.PathOf(DeckFile), DeckJson.Serialize(SampleDecks.Reviewed()));
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [TestCase("anki-text", "out.anki.txt")]
    [TestCase("csv", "out.csv")]
    [TestCase("json", "out.deck.json")]
    [TestCase("gift", "out.gift.txt")]
    [TestCase("moodle", "out.moodle.xml")]
    [TestCase("quizlet", "out.quizlet.txt")]
    public void Each_text_export_leaves_the_dropped_card_out_and_prints_the_edited_one(string format, string file)
    {
        var result = _cli.Run("export", DeckFile, "--format", format, "-o", file);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith("Wrote 7 cards"));
        var text = File.ReadAllText(_cli.PathOf(file));
        Assert.That(text, Does.Contain(EditedText).And.Contain(UnreviewedText));
        Assert.That(text, Does.Not.Contain(DroppedText));
        if (format != "json")
        {
            Assert.That(text, Does.Not.Contain(GeneratedText));
        }
    }

    [Test]
    public void The_anki_package_leaves_the_dropped_card_out_and_holds_the_edited_one()
    {
        var result = _cli.Run("export", DeckFile, "--format", "anki", "-o", "out.apkg");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var fields = NoteFields("out.apkg");
        Assert.That(fields, Has.Count.EqualTo(7));
        Assert.That(fields, Has.Some.Contains(EditedText));
        Assert.That(fields, Has.None.Contains(DroppedText));
    }

    [Test]
    public void Reviewed_only_exports_the_kept_and_edited_cards()
    {
        var result = _cli.Run("export", DeckFile, "--format", "csv", "-o", "out.csv", "--reviewed-only");

        Assert.That(result.Output, Does.StartWith("Wrote 2 cards"));
        var text = File.ReadAllText(_cli.PathOf("out.csv"));
        Assert.That(text, Does.Contain(EditedText).And.Contain("Acting U.S. Special Envoy"));
        Assert.That(text, Does.Not.Contain(UnreviewedText));
    }

    [Test]
    public void The_pdf_leaves_the_dropped_card_out_and_prints_the_edited_one()
    {
        var result = _cli.Run("pdf", DeckFile, "-o", "quiz.pdf");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith("Wrote a 7-question quiz"));
        var text = PdfText("quiz.pdf");
        Assert.That(text, Does.Contain("How much did Blinken").And.Contain("What does SDF"));
        Assert.That(text, Does.Not.Contain("How much is the U.S.").And.Not.Contain("teams in Paris killed"));
    }

    [Test]
    public void The_pdf_with_reviewed_only_prints_the_kept_and_edited_cards_and_refuses_a_deck_with_none()
    {
        var result = _cli.Run("pdf", DeckFile, "-o", "quiz.pdf", "--reviewed-only");
        Assert.That(result.Output, Does.StartWith("Wrote a 2-question quiz"));

        File.WriteAllText(_cli.PathOf("plain.deck.json"), DeckJson.Serialize(SampleDecks.Coalition()));
        var none = _cli.Run("pdf", "plain.deck.json", "-o", "none.pdf", "--reviewed-only");
        Assert.That(none.ExitCode, Is.EqualTo(1));
        Assert.That(none.ErrorLines, Is.EqualTo(new[] { "error: plain.deck.json: no card of the deck was kept or edited in review; there is nothing to print with --reviewed-only (review it with studydecks review)" }));
        Assert.That(File.Exists(_cli.PathOf("none.pdf")), Is.False);
    }

    [Test]
    public void The_quiz_never_asks_a_dropped_card_and_asks_the_edited_one_as_edited()
    {
        var result = _cli.RunWithInput(string.Concat(Enumerable.Repeat("a\n", 8)), "quiz", DeckFile, "--plain", "--db", "scores.db", "--mode", "all", "--seed", "3");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("(7 questions"));
        Assert.That(result.Output, Does.Contain(EditedText));
        Assert.That(result.Output, Does.Not.Contain(GeneratedText).And.Not.Contain(DroppedText));
    }

    [Test]
    public void Inspect_counts_the_cards_by_review_status_and_lists_each_cards_status_and_spares()
    {
        var result = _cli.Run("inspect", DeckFile, "--cards");

        Assert.That(result.Output, Does.Contain("By review:\n  kept                 1\n  edited               1\n  dropped              1\n  not reviewed         5\n"));
        Assert.That(result.Output, Does.Contain("1. [multiple-choice, person, kept] c0000000000a1"));
        Assert.That(result.Output, Does.Contain("   Spares: Brett McGurk | Ned Price"));
        Assert.That(result.Output, Does.Contain("3. [cloze, number, dropped] c0000000000a3"));
    }

    private List<string> NoteFields(string apkg)
    {
        using var zip = ZipFile.OpenRead(_cli.PathOf(apkg));
        var database = _cli.PathOf("collection.anki2");
        zip.GetEntry("collection.anki2")!.ExtractToFile(database, overwrite: true);
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT flds FROM notes";
        using var reader = command.ExecuteReader();
        var fields = new List<string>();
        while (reader.Read())
        {
            fields.Add(reader.GetString(0));
        }

        return fields;
    }

    private string PdfText(string file)
    {
        using var pdf = PdfDocument.Open(_cli.PathOf(file));
        return string.Join(" ", pdf.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))));
    }
}
