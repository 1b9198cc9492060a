using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

/// <summary>Issue 13, outputs 6–9 end to end: odd output paths, own inputs, all-or-nothing builds and CSV formulas.</summary>
public sealed class OutputPathTests
{
    private const string Deck = "coalition.deck.json";

    private static CliHarness WithDeck(Deck? deck = null)
    {
        var cli = new CliHarness();
        using var stream = File.Create(cli.PathOf(Deck));
        DeckJson.Write(deck ?? SampleDecks.Coalition(), stream);
        return cli;
    }

    [Test]
    public void Export_to_a_symbolic_link_replaces_the_links_target_and_keeps_the_link()
    {
        using var cli = WithDeck();
        File.WriteAllText(cli.PathOf("real.csv"), "old");
        File.CreateSymbolicLink(cli.PathOf("link.csv"), cli.PathOf("real.csv"));

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "link.csv");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(new FileInfo(cli.PathOf("link.csv")).LinkTarget, Is.EqualTo(cli.PathOf("real.csv")));
        Assert.That(File.ReadAllText(cli.PathOf("real.csv")), Does.StartWith("\"[The D-ISIS Coalition meeting in Rome, 2021] Who was the Acting"));
        Assert.That(Directory.GetFiles(cli.WorkingDirectory, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Export_to_a_fifo_writes_through_it_and_leaves_it_a_fifo()
    {
        Assume.That(!OperatingSystem.IsWindows(), "FIFOs are Unix");
        using var cli = WithDeck();
        var fifo = cli.PathOf("pipe.csv");
        HostileInputTests.MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "pipe.csv");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(reader.Wait(TimeSpan.FromMinutes(1)), Is.True);
        Assert.That(reader.Result, Does.StartWith("\"[The D-ISIS Coalition meeting in Rome, 2021] Who was the Acting"));
        Assert.That(FileKinds.Of(fifo), Is.EqualTo(FileKind.Special));
    }

    [Test]
    public void Export_to_dev_null_writes_through_and_leaves_it_a_device()
    {
        Assume.That(FileKinds.Of("/dev/null"), Is.EqualTo(FileKind.Special), "needs /dev/null");
        using var cli = WithDeck();

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "/dev/null");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(FileKinds.Of("/dev/null"), Is.EqualTo(FileKind.Special));
        Assert.That(Directory.GetFiles("/dev", ".null.*"), Is.Empty);
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Export_over_an_existing_file_keeps_its_permissions()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Unix permissions");
        using var cli = WithDeck();
        var path = cli.PathOf("private.csv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "private.csv");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.ReadAllText(path), Is.Not.EqualTo("old"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Export_over_a_read_only_file_is_refused_and_leaves_it_as_it_was()
    {
        Assume.That(!OperatingSystem.IsWindows(), "Unix permissions");
        using var cli = WithDeck();
        var path = cli.PathOf("locked.csv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "locked.csv");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: locked.csv: is read-only; it is not replaced" }));
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
    }

    [Test]
    public void Generate_into_its_own_article_is_refused_and_the_article_is_kept()
    {
        using var cli = new CliHarness();
        var article = cli.PathOf("decks/articles/" + Path.GetFileName(TestData.SeedArticlePaths[0]));
        var before = File.ReadAllText(article);
        var relative = Path.GetRelativePath(cli.WorkingDirectory, article);

        var result = cli.Run("generate", relative, "-o", relative);

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith($"error: {relative}: is one of the inputs"));
        Assert.That(File.ReadAllText(article), Is.EqualTo(before));
    }

    [Test]
    public void Generate_through_a_link_to_its_own_article_is_refused()
    {
        using var cli = new CliHarness();
        var article = cli.PathOf("decks/articles/" + Path.GetFileName(TestData.SeedArticlePaths[0]));
        File.CreateSymbolicLink(cli.PathOf("alias.json"), article);

        var result = cli.Run("generate", "decks/articles", "-o", "alias.json");

        Assert.That(result.ErrorLines.Single(), Does.StartWith("error: alias.json: is one of the inputs"));
    }

    [Test]
    public void Build_into_its_input_folder_is_refused_and_writes_nothing()
    {
        using var cli = new CliHarness();

        var result = cli.Run("build", "decks/articles", "-o", "decks/articles");

        Assert.That(result.ErrorLines.Single(), Does.StartWith("error: decks/articles: holds the input articles"));
        Assert.That(Directory.GetFiles(cli.PathOf("decks/articles")), Has.Length.EqualTo(TestData.SeedArticlePaths.Count));
    }

    [Test]
    public void Export_of_a_deck_onto_itself_is_refused()
    {
        using var cli = WithDeck();

        var result = cli.Run("export", Deck, "-f", "json", "-o", Deck);

        Assert.That(result.ErrorLines.Single(), Does.StartWith($"error: {Deck}: is one of the inputs"));
    }

    [Test]
    public void Build_that_fails_at_the_pdf_step_leaves_every_earlier_output_as_it_was()
    {
        using var cli = new CliHarness();
        const string rome = "decks/articles/seed-2021-d-isis-rome.txt"; // an article every card of the build comes from: no warning
        Assert.That(cli.Run("build", rome, "-o", "out").ExitCode, Is.EqualTo(0));
        var before = Directory.GetFiles(cli.PathOf("out")).ToDictionary(path => path, File.ReadAllBytes);
        var pdf = before.Keys.Single(path => path.EndsWith(".quiz.pdf", StringComparison.Ordinal));
        File.Delete(pdf);
        Directory.CreateDirectory(pdf); // the PDF cannot be written where a folder stands
        foreach (var path in before.Keys.Where(path => path != pdf))
        {
            File.WriteAllText(path, "earlier run");
        }

        var result = cli.Run("build", rome, "-o", "out", "--seed", "5");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.ErrorLines.Single(), Does.EndWith("is a folder, not a file"));
        foreach (var path in before.Keys.Where(path => path != pdf))
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("earlier run"), path);
        }

        Assert.That(Directory.GetFiles(cli.PathOf("out"), ".*"), Is.Empty, "no temp file is left");
        Assert.That(result.Output, Is.Empty);
    }

    [TestCase("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"\"http://x\"\")")]
    [TestCase("+1+2", "'+1+2")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    public void Csv_cells_that_a_spreadsheet_would_run_get_a_leading_quote(string answer, string written)
    {
        var sample = SampleDecks.Coalition();
        var card = sample.Cards.First(card => card.Type == CardType.Cloze) with { Answer = answer };
        using var cli = WithDeck(sample with { Cards = [card] });

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "out.csv");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(cli.PathOf("out.csv")), Does.Contain("," + (written.Contains('"', StringComparison.Ordinal) ? $"\"{written}\"" : written) + "\r\n"));
    }

    [Test]
    public void Csv_keep_formulas_writes_cells_as_they_are()
    {
        var sample = SampleDecks.Coalition();
        var card = sample.Cards.First(card => card.Type == CardType.Cloze) with { Answer = "=1+2" };
        using var cli = WithDeck(sample with { Cards = [card] });

        var result = cli.Run("export", Deck, "-f", "csv", "-o", "out.csv", "--csv-keep-formulas");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(cli.PathOf("out.csv")), Does.EndWith(",=1+2\r\n"));
    }
}
