using System.Text;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;
using UglyToad.PdfPig;

namespace StudyDecks.Cli.Tests.Files;

/// <summary>Issue 16: <c>-</c> is standard input for a deck or an article, and standard output for <c>-o</c> of export and pdf.</summary>
public sealed class StandardStreamsTests
{
    private static byte[] DeckBytes(Deck deck) => Encoding.UTF8.GetBytes(DeckJson.Serialize(deck));

    [Test]
    public void Generate_reads_an_article_from_standard_input_named_by_its_title()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(File.ReadAllBytes(TestData.SeedArticlePaths[0]), "generate", "-", "--title", "Piped Deck");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith("Wrote ").And.Contain(" from 1 article to output/piped-deck.deck.json"));
        var deck = DeckJson.Parse(File.ReadAllText(cli.PathOf("output/piped-deck.deck.json")), "deck");
        Assert.That(deck.Sources.Select(source => source.Id), Is.EqualTo(new[] { "piped-deck" }));
    }

    [Test]
    public void An_article_on_standard_input_gives_the_same_cards_as_the_file()
    {
        using var cli = new CliHarness();
        var file = TestData.SeedArticlePaths[0];
        File.Copy(file, cli.PathOf("piped-deck.txt"));

        cli.Run("generate", "piped-deck.txt", "-t", "Piped Deck", "-o", "from-file.deck.json");
        cli.RunWithInputBytes(File.ReadAllBytes(file), "generate", "-", "-t", "Piped Deck", "-o", "from-stdin.deck.json");

        var fromFile = DeckJson.Parse(File.ReadAllText(cli.PathOf("from-file.deck.json")), "file");
        var fromStdin = DeckJson.Parse(File.ReadAllText(cli.PathOf("from-stdin.deck.json")), "stdin");
        Assert.That(fromStdin.Cards.Select(card => card.Question), Is.EqualTo(fromFile.Cards.Select(card => card.Question)));
        Assert.That(fromStdin.Cards, Is.Not.Empty);
    }

    [TestCase(new byte[0], "the article is empty")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }, "binary")]
    public void A_bad_article_on_standard_input_is_named_stdin(byte[] input, string problem)
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(input, "generate", "-", "--title", "T");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: <stdin>: ").And.Contain(problem));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [Test]
    public void An_article_over_the_size_limit_on_standard_input_is_refused()
    {
        using var cli = new CliHarness();
        var huge = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A sentence of prose. ", 110_000)));

        var result = cli.RunWithInputBytes(huge, "generate", "-", "--title", "T");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { result.ErrorLines[0] }));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: <stdin>: ").And.Contain("large"));
    }

    [Test]
    public void Inspect_reads_a_deck_from_standard_input()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(DeckBytes(SampleDecks.Coalition()), "inspect", "-");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.StartWith(SampleDecks.Coalition().Title + "\n"));
    }

    [Test]
    public void An_empty_deck_on_standard_input_is_named_stdin_like_an_empty_file()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("empty.deck.json"), "\n");

        var piped = cli.RunWithInput(string.Empty, "pdf", "-");
        var file = cli.Run("pdf", "empty.deck.json");

        Assert.That(piped.ErrorLines, Is.EqualTo(new[] { "error: <stdin>: the deck is empty" }));
        Assert.That(file.ErrorLines, Is.EqualTo(new[] { "error: empty.deck.json: the deck is empty" }));
    }

    [Test]
    public void A_deck_on_standard_input_that_is_not_json_is_named_stdin()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInput("<p>not a deck</p>", "inspect", "-");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: <stdin>: the deck is not valid JSON"));
    }

    [Test]
    public void Pdf_writes_the_quiz_to_standard_output_and_says_so_on_standard_error()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(DeckBytes(SampleDecks.Large(12)), "pdf", "-", "-o", "-", "--seed", "4");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Does.StartWith("Wrote a 12-question quiz in 1 version (").And.EndWith(") to <stdout>\n"));
        Assert.That(cli.WrittenFiles(), Is.Empty);
        using var pdf = PdfDocument.Open(result.OutputBytes);
        Assert.That(pdf.GetPages().Select(page => page.Text), Has.Some.Contain("Answer key"));
    }

    [Test]
    public void Pdf_to_standard_output_is_byte_identical_to_the_file()
    {
        using var cli = new CliHarness();
        File.WriteAllBytes(cli.PathOf("d.deck.json"), DeckBytes(SampleDecks.Large(12)));

        cli.Run("pdf", "d.deck.json", "-o", "quiz.pdf", "--seed", "4");
        var piped = cli.Run("pdf", "d.deck.json", "-o", "-", "--seed", "4");

        Assert.That(piped.OutputBytes, Is.EqualTo(File.ReadAllBytes(cli.PathOf("quiz.pdf"))));
    }

    [TestCase("anki", ".apkg")]
    [TestCase("csv", ".csv")]
    public void Export_from_standard_input_to_standard_output_gives_the_bytes_of_the_file_export(string format, string extension)
    {
        using var cli = new CliHarness();
        var deck = DeckBytes(SampleDecks.Coalition());
        File.WriteAllBytes(cli.PathOf("c.deck.json"), deck);
        cli.Run("export", "c.deck.json", "-f", format, "-o", "file" + extension);

        var result = cli.RunWithInputBytes(deck, "export", "-", "-f", format, "-o", "-");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.OutputBytes, Is.EqualTo(File.ReadAllBytes(cli.PathOf("file" + extension))));
        Assert.That(result.Error, Does.EndWith(" to <stdout>\n"));
    }

    [Test]
    public void A_deck_from_standard_input_is_exported_under_its_title_by_default()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();

        var result = cli.RunWithInputBytes(DeckBytes(deck), "export", "-", "--format", "csv");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { $"output/{StudyDecks.Cli.Files.OutputPaths.Slug(deck.Title)}.csv" }));
    }

    [Test]
    public void A_separate_answer_key_cannot_go_to_standard_output()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(DeckBytes(SampleDecks.Large(4)), "pdf", "-", "-o", "-", "--answer-key", "separate");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.ErrorLines[0], Does.Contain("--answer-key separate"));
        Assert.That(result.OutputBytes, Is.Empty);
    }

    [Test]
    public void Generate_can_write_the_deck_to_standard_output_for_a_pipe()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInputBytes(File.ReadAllBytes(TestData.SeedArticlePaths[0]), "generate", "-", "-t", "Piped", "-o", "-");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Does.StartWith("Wrote ").And.EndWith(" from 1 article to <stdout>\n"));
        Assert.That(DeckJson.Parse(Encoding.UTF8.GetString(result.OutputBytes), "stdout").Title, Is.EqualTo("Piped"));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [Test]
    public void Build_cannot_write_its_several_files_to_standard_output()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "-o", "-");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: build writes several files: -o names a folder, not standard output", "try 'studydecks build --help'" }));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }
}
