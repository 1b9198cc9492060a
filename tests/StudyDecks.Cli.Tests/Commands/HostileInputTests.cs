using System.Diagnostics;
using Newtonsoft.Json.Linq;
using StudyDecks.Cli.Files;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

/// <summary>Issue 13, inputs 1–5 end to end: each bad input is one line naming the file, a non-zero exit and no file written.</summary>
public sealed class HostileInputTests
{
    private const string Deck = "coalition.deck.json";

    private static void AssertOneLineNaming(CliResult result, string file)
    {
        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1), result.Error);
        Assert.That(result.ErrorLines[0], Does.StartWith($"error: {file}: "));
        Assert.That(result.Error, Does.Not.Contain("   at "));
    }

    private static void WriteDeck(CliHarness cli, Action<JObject> change)
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        change(json);
        File.WriteAllText(cli.PathOf(Deck), json.ToString());
    }

    [Test]
    public void Nested_emphasis_of_100_KB_ends_in_one_line_not_a_stack_overflow()
    {
        using var cli = new CliHarness();
        File.Copy(TestData.Nasty("deep-emphasis.md"), cli.PathOf("d.md"));

        var result = cli.Run("generate", "d.md");

        AssertOneLineNaming(result, "d.md");
        Assert.That(result.ErrorLines[0], Does.Contain("no cards could be made"));
    }

    [TestCase("deep-links.md")]
    [TestCase("deep-nesting.html")]
    public void Markup_nested_too_deeply_is_refused_naming_the_file(string name)
    {
        using var cli = new CliHarness();
        File.Copy(TestData.Nasty(name), cli.PathOf(name));

        var result = cli.Run("generate", name);

        AssertOneLineNaming(result, name);
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { name }));
    }

    [Test]
    public void An_endless_device_given_as_an_article_is_refused_at_the_size_limit()
    {
        Assume.That(File.Exists("/dev/zero"), "needs /dev/zero");
        using var cli = new CliHarness();
        File.CreateSymbolicLink(cli.PathOf("zero.txt"), "/dev/zero");

        var result = cli.Run("generate", "zero.txt");

        AssertOneLineNaming(result, "zero.txt");
        Assert.That(result.ErrorLines[0], Does.Contain("too large"));
    }

    [Test]
    public void An_endless_device_given_as_a_deck_is_refused_at_the_deck_limit()
    {
        Assume.That(File.Exists("/dev/zero"), "needs /dev/zero");
        using var cli = new CliHarness();

        var result = cli.Run("inspect", "/dev/zero");

        AssertOneLineNaming(result, "/dev/zero");
        Assert.That(result.ErrorLines[0], Does.Contain("the deck is too large"));
    }

    [Test]
    public void An_endless_fifo_given_as_an_article_is_refused_at_the_size_limit()
    {
        Assume.That(!OperatingSystem.IsWindows(), "FIFOs are Unix");
        using var cli = new CliHarness();
        var fifo = cli.PathOf("stream.txt");
        MakeFifo(fifo);
        var writer = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var chunk = new byte[65536];
                Array.Fill(chunk, (byte)'a');
                while (true)
                {
                    stream.Write(chunk);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe: what the test waits for.
            }
        });

        var result = cli.Run("generate", "stream.txt");

        AssertOneLineNaming(result, "stream.txt");
        Assert.That(writer.Wait(TimeSpan.FromMinutes(1)), Is.True);
    }

    [Test]
    public void A_blank_wrong_option_makes_inspect_refuse_the_deck_instead_of_crashing()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, json => json["cards"]![0]!["distractors"]![0] = string.Empty);

        var result = cli.Run("inspect", Deck, "--cards");

        AssertOneLineNaming(result, Deck);
        Assert.That(result.ErrorLines[0], Does.EndWith("cards[0].distractors[0]: an option is empty or only white space"));
    }

    [Test]
    public void A_deck_with_duplicate_source_ids_is_refused()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, json => json["sources"]![1]!["id"] = json["sources"]![0]!["id"]!.ToString());

        AssertOneLineNaming(cli.Run("inspect", Deck), Deck);
    }

    [Test]
    public void A_utf16_article_with_a_byte_order_mark_gives_cards()
    {
        using var cli = new CliHarness();
        File.Copy(TestData.Nasty("utf16-bom.txt"), cli.PathOf("u.txt"));

        var result = cli.Run("generate", "u.txt", "-o", "u.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.Exists(cli.PathOf("u.deck.json")), Is.True);
    }

    [Test]
    public void An_article_with_no_cards_fails_and_writes_nothing()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("thin.txt"), "Thin\n\nIt was fine.\n");

        var result = cli.Run("generate", "thin.txt");

        AssertOneLineNaming(result, "thin.txt");
        Assert.That(result.ErrorLines[0], Does.Contain("no cards could be made"));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "thin.txt" }));
    }

    [Test]
    public void Build_of_an_article_with_no_cards_says_so_and_writes_nothing()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("thin.txt"), "Thin\n\nIt was fine.\n");

        var result = cli.Run("build", "thin.txt");

        AssertOneLineNaming(result, "thin.txt");
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "thin.txt" }));
    }

    [Test]
    public void An_article_without_cards_beside_others_is_named_in_a_warning()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("thin.txt"), "Thin\n\nIt was fine.\n");

        var result = cli.Run("generate", "decks/articles/seed-2021-d-isis-rome.txt", "thin.txt", "-o", "d.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "warning: thin.txt: no cards could be made from this article" }));
    }

    [Test]
    public void Pdf_of_a_deck_without_cards_names_the_deck()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, json => json["cards"] = new JArray());

        var result = cli.Run("pdf", Deck);

        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"error: {Deck}: the deck has no cards to print" }));
    }

    [Test]
    public void Escape_codes_in_an_article_never_reach_the_deck()
    {
        using var cli = new CliHarness();
        var text = File.ReadAllText(TestData.SeedArticlePaths[0]).Replace("Coalition", "Coalition\u001b]0;PWNED\u0007", StringComparison.Ordinal);
        File.WriteAllText(cli.PathOf("escapes.txt"), text);

        var result = cli.Run("generate", "escapes.txt", "-o", "e.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(cli.PathOf("e.deck.json")), Does.Not.Contain("\\u001b").And.Not.Contain("\\u0007"));
    }

    [Test]
    public void Escape_codes_in_a_deck_are_refused_and_the_error_line_holds_none()
    {
        using var cli = new CliHarness();
        WriteDeck(cli, json => json["cards"]![0]!["type"] = "\u001b]0;PWNED\u0007");

        var result = cli.Run("inspect", Deck, "--cards");

        AssertOneLineNaming(result, Deck);
        Assert.That(result.Error.Where(char.IsControl), Is.EqualTo(new[] { '\n' }));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void A_folder_as_the_score_database_is_called_a_folder_by_scores_and_quiz()
    {
        using var cli = new CliHarness();
        QuizCommandTests.WriteSampleDeck(cli);
        Directory.CreateDirectory(cli.PathOf("db"));

        var scores = cli.Run("scores", "--db", "db");
        var quiz = cli.RunWithInput("a\n", "quiz", Deck, "--db", "db", "--plain");

        Assert.That(scores.ErrorLines, Is.EqualTo(new[] { "error: db: is a folder, not a score database file" }));
        Assert.That(quiz.ErrorLines, Is.EqualTo(new[] { "error: db: is a folder, not a score database file" }));
    }

    [Test]
    public void A_garbage_timestamp_in_the_score_database_is_one_line_in_scores_and_quiz()
    {
        using var cli = new CliHarness();
        QuizCommandTests.WriteSampleDeck(cli);
        cli.RunWithInput("a\na\n", "quiz", Deck, "--db", "scores.db", "--plain", "--count", "2");
        Tamper(cli, "UPDATE sessions SET started_at = 'garbage'; UPDATE card_states SET due = 'garbage'");

        foreach (var result in new[] { cli.Run("scores", "--db", "scores.db"), cli.Run("scores", "--db", "scores.db", "--items"), cli.RunWithInput("a\n", "quiz", Deck, "--db", "scores.db", "--plain") })
        {
            AssertOneLineNaming(result, "scores.db");
        }
    }

    [Test]
    public void Escape_codes_stored_in_the_score_database_are_not_printed_by_scores()
    {
        using var cli = new CliHarness();
        QuizCommandTests.WriteSampleDeck(cli);
        cli.RunWithInput("a\na\n", "quiz", Deck, "--db", "scores.db", "--plain", "--count", "2");
        Tamper(cli, "UPDATE cards SET question = 'Who \u001b]0;PWNED\u0007?', distractors = '[\"\\u001b[2J\"]'; UPDATE sessions SET deck = deck || char(27) || '[2J'; UPDATE answers SET deck = deck || char(27) || '[2J'; UPDATE cards SET deck = deck || char(27) || '[2J'");

        foreach (var args in new[] { new[] { "scores", "--db", "scores.db" }, ["scores", "--db", "scores.db", "--items"], ["scores", "--db", "scores.db", "--json"] })
        {
            var result = cli.Run(args);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Output, Does.Not.Contain("\u001b").And.Not.Contain("\u0007"), string.Join(' ', args));
        }
    }

    [Test]
    public void A_quiz_ended_by_end_of_input_at_once_saves_no_session()
    {
        using var cli = new CliHarness();
        QuizCommandTests.WriteSampleDeck(cli);

        var quiz = cli.RunWithInput(string.Empty, "quiz", Deck, "--db", "scores.db", "--plain");
        var scores = cli.Run("scores", "--db", "scores.db", "--json");

        Assert.That(quiz.ExitCode, Is.EqualTo(0), quiz.Error);
        Assert.That(QuizCommandTests.Count(cli.PathOf("scores.db"), "SELECT count(*) FROM sessions"), Is.Zero);
        Assert.That(scores.Output, Does.Contain("\"sessions\": []"));
    }

    internal static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assume.That(process.ExitCode, Is.EqualTo(0), "mkfifo failed");
        Assume.That(FileKinds.Of(path), Is.EqualTo(FileKind.Special));
    }

    /// <summary>Changes the score database behind StudyDecks' back, as a user editing it by hand would.</summary>
    private static void Tamper(CliHarness cli, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.PathOf("scores.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
