using StudyDecks.Core.Decks;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Test]
    public void Generate_with_no_inputs_reads_the_bundled_articles_and_writes_into_output()
    {
        using var cli = new CliHarness();

        var result = cli.Run("generate", "--title", "Coalition");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output.Trim(), Does.Match(@"^Wrote \d+ cards from 2 articles to output/coalition\.deck\.json$"));
        using var stream = File.OpenRead(cli.PathOf("output/coalition.deck.json"));
        var deck = DeckJson.Read(stream, "coalition.deck.json");
        Assert.That(deck.Title, Is.EqualTo("Coalition"));
        Assert.That(deck.Sources.Select(source => source.Id), Is.EqualTo(new[] { "seed-2021-d-isis-rome", "seed-2024-d-isis-washington" }));
        Assert.That(deck.Cards, Is.Not.Empty);
    }

    [Test]
    public void A_suggested_title_that_would_answer_a_question_is_cut_to_the_part_that_does_not_and_the_file_keeps_its_name()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("super-bowl.txt"), "Super Bowl 50: Denver Broncos defeat Carolina Panthers 24–10\nDate: 2016-02-08\n\nOn Sunday, the Denver Broncos defeated the Carolina Panthers in Super Bowl 50 by a score of 24–10.\n");

        var result = cli.Run("generate", "super-bowl.txt");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output.Trim(), Does.EndWith("to output/super-bowl-50-denver-broncos-defeat-carolina-panthers-24-10.deck.json"));
        using var stream = File.OpenRead(cli.PathOf("output/super-bowl-50-denver-broncos-defeat-carolina-panthers-24-10.deck.json"));
        var deck = DeckJson.Read(stream, "deck.json");
        Assert.That(deck.Cards.Select(card => card.Answer), Has.Some.EqualTo("Carolina Panthers").Or.Some.EqualTo("Denver Broncos"));
        Assert.That(deck.Title, Is.EqualTo("Super Bowl 50"));
    }

    [Test]
    public void Generate_cards_quote_their_source_sentence_verbatim()
    {
        using var cli = new CliHarness();

        cli.Run("generate", "decks/articles", "-o", "deck.json");

        using var stream = File.OpenRead(cli.PathOf("deck.json"));
        var deck = DeckJson.Read(stream, "deck.json");
        var texts = Directory.GetFiles(cli.PathOf("decks/articles")).Select(File.ReadAllText).ToArray();
        foreach (var card in deck.Cards)
        {
            Assert.That(texts.Any(text => text.Contains(card.Explanation, StringComparison.Ordinal)), Is.True, card.Explanation);
        }
    }

    [Test]
    public void The_same_inputs_and_seed_give_byte_identical_decks()
    {
        using var cli = new CliHarness();

        cli.Run("generate", "--seed", "42", "-o", "a.deck.json");
        cli.Run("generate", "--seed", "42", "-o", "b.deck.json");

        Assert.That(File.ReadAllBytes(cli.PathOf("b.deck.json")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("a.deck.json"))));
    }

    [Test]
    public void Max_cards_limits_the_deck()
    {
        using var cli = new CliHarness();

        var result = cli.Run("generate", "--max-cards", "1", "-o", "one.deck.json");

        Assert.That(result.Output, Does.StartWith("Wrote 1 card from 2 articles"));
    }

    [Test]
    public void A_missing_input_is_one_line_naming_it_and_nothing_is_written()
    {
        using var cli = new CliHarness();

        var result = cli.Run("generate", "decks/articles", "missing.txt");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: missing.txt: no such file or folder" }));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [TestCase("empty.txt", "", "the article is empty")]
    [TestCase("binary.txt", "GIF89a\0\0\u0001", "the article is a binary file, not text")]
    [TestCase("notes.pdf", "%PDF-1.7", "unsupported article format (use .txt, .md, .html or .htm)")]
    public void A_bad_article_is_one_line_naming_it_and_nothing_is_written(string name, string content, string problem)
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf(name), content);

        var result = cli.Run("generate", "decks/articles", name);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"error: {name}: {problem}" }));
        Assert.That(result.Output, Is.Empty);
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { name }));
    }

    [Test]
    public void An_article_in_a_named_folder_with_a_bad_file_names_the_file()
    {
        using var cli = new CliHarness();
        Directory.CreateDirectory(cli.PathOf("in"));
        File.WriteAllText(cli.PathOf("in/blank.md"), "  \n");

        var result = cli.Run("generate", "in");

        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"error: {Path.Combine("in", "blank.md")}: the article is empty" }));
    }

    [Test]
    public void An_unwritable_output_path_is_one_line_and_writes_nothing()
    {
        // Tests run as root in CI, where file modes do not stop a write; a path under a plain file fails for everyone.
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("notes.txt"), "old");

        var result = cli.Run("generate", "decks/articles/seed-2021-d-isis-rome.txt", "-o", "notes.txt/deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: notes.txt/deck.json: cannot create the output folder"));
        Assert.That(File.ReadAllText(cli.PathOf("notes.txt")), Is.EqualTo("old"));
        Assert.That(cli.WrittenFiles(), Is.EqualTo(new[] { "notes.txt" }));
    }

    [Test]
    public void An_invalid_max_cards_is_a_usage_error()
    {
        using var cli = new CliHarness();

        var result = cli.Run("generate", "--max-cards", "0");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: --max-cards must be at least 1, not 0", "try 'studydecks generate --help'" }));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [Test]
    public void Help_shows_an_example()
    {
        using var cli = new CliHarness();

        var result = cli.Run("generate", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain("Example:").And.Contain("studydecks generate"));
    }

    [Test]
    public void Regenerating_over_a_reviewed_deck_keeps_every_decision_and_says_what_it_carried_over()
    {
        using var cli = new CliHarness();
        cli.Run("generate", "-o", "d.deck.json");
        var first = DeckJson.Parse(File.ReadAllText(cli.PathOf("d.deck.json")), "d");
        cli.RunWithInput("keep\ndrop\nquestion Reworded: " + first.Cards[2].Question + "\nquit\n", "review", "d.deck.json", "--plain");

        var result = cli.Run("generate", "-o", "d.deck.json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var left = first.Cards.Count - 3;
        Assert.That(result.Output, Does.EndWith($"\nKept 3 review decisions; {left} new card{(left == 1 ? "" : "s")} to review\n"));
        var again = DeckJson.Parse(File.ReadAllText(cli.PathOf("d.deck.json")), "d");
        Assert.That(again.Cards.Select(card => card.Id), Is.EqualTo(first.Cards.Select(card => card.Id)));
        Assert.That(again.Cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(again.Cards[1].IsDropped, Is.True);
        Assert.That(again.Cards[2].Question, Is.EqualTo("Reworded: " + first.Cards[2].Question));
    }

    [Test]
    public void Regenerating_over_a_deck_without_decisions_says_nothing_more()
    {
        using var cli = new CliHarness();
        cli.Run("generate", "-o", "d.deck.json");

        var result = cli.Run("generate", "-o", "d.deck.json");

        Assert.That(result.Output.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_file_at_the_output_path_that_is_not_a_deck_at_all_is_replaced_as_before()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("d.deck.json"), "notes, not a deck");

        var result = cli.Run("generate", "-o", "d.deck.json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.ReadAllText(cli.PathOf("d.deck.json")), Does.StartWith("{"));
    }

    [Test]
    public void A_deck_at_the_output_path_that_cannot_be_read_is_not_replaced()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("d.deck.json"), "{ \"format\": \"studydecks.deck\", \"version\": 99 }");

        var result = cli.Run("generate", "-o", "d.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: d.deck.json: the deck has format version 99").And.EndWith("the deck there is not replaced (its review could be lost): move it away or fix it"));
        Assert.That(File.ReadAllText(cli.PathOf("d.deck.json")), Does.Contain("99"));
    }
}
