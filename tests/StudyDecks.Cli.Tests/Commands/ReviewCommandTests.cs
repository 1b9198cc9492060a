using Newtonsoft.Json.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class ReviewCommandTests
{
    private const string DeckFile = "coalition.deck.json";

    private static Deck Saved(CliHarness cli) => DeckJson.Parse(File.ReadAllText(cli.PathOf(DeckFile)), DeckFile);

    private static void SaveDeck(CliHarness cli, Deck? deck = null) => File.WriteAllText(cli.PathOf(DeckFile), DeckJson.Serialize(deck ?? SampleDecks.Coalition()));

    [Test]
    public void The_plain_review_reads_commands_from_stdin_and_writes_each_decision_to_the_deck()
    {
        using var cli = new CliHarness();
        SaveDeck(cli);

        var result = cli.RunWithInput("keep\ndrop\nanswer 150\noption 1 150\nkeep\nquit\n", "review", DeckFile, "--plain");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var cards = Saved(cli).Cards;
        Assert.That(cards.Select(card => card.Review?.Status), Is.EqualTo(new ReviewStatus?[] { ReviewStatus.Kept, ReviewStatus.Dropped, ReviewStatus.Edited, null, null, null, null, null }));
        Assert.That(cards[2].Answer, Is.EqualTo("150"));
        Assert.That(cards[2].Review!.Original!.Answer, Is.EqualTo("130"));
        Assert.That(result.Output, Does.Contain("Not changed: the answer is also listed among the wrong options."));
        Assert.That(result.Output, Does.EndWith("Deck: 1 kept, 1 dropped, 1 edited, 5 not reviewed. 1 edit was refused.\n"));
        Assert.That(File.ReadAllText(cli.PathOf(DeckFile)), Does.Contain("\"version\": 3,"));
    }

    [Test]
    public void Without_a_terminal_the_review_is_plain_and_a_second_review_takes_only_the_cards_left()
    {
        using var cli = new CliHarness();
        SaveDeck(cli);
        cli.RunWithInput("keep\nkeep\n", "review", DeckFile);

        var second = cli.RunWithInput("quit\n", "review", DeckFile);
        var all = cli.RunWithInput("quit\n", "review", DeckFile, "--all");

        Assert.That(second.Output, Does.Contain("(6 cards)").And.Contain("Card 1 of 6 · fill in the blank"));
        Assert.That(all.Output, Does.Contain("(8 cards)").And.Contain("Card 1 of 8 · multiple choice · person · kept"));
    }

    [Test]
    [Category(CliHarness.InProcessOnly)]
    public void A_killed_review_loses_no_decision_each_is_on_disk_before_the_next_command_is_read()
    {
        using var cli = new CliHarness();
        SaveDeck(cli);
        var reader = new KillingReader(["keep", "drop", "answer 150"], () => Saved(cli));

        Assert.Throws<OperationCanceledException>(() => cli.RunWithReader(reader, "review", DeckFile, "--plain"));

        Assert.That(reader.SeenOnDisk.Select(deck => deck.Cards.Count(card => card.Review is not null)), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        var cards = Saved(cli).Cards;
        Assert.That(cards[0].Review!.Status, Is.EqualTo(ReviewStatus.Kept));
        Assert.That(cards[1].IsDropped, Is.True);
        Assert.That(cards[2].Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(Directory.GetFiles(cli.WorkingDirectory, "*.tmp"), Is.Empty);
    }

    [Test]
    public void A_command_the_plain_review_does_not_know_is_one_error_line_and_loses_nothing()
    {
        using var cli = new CliHarness();
        SaveDeck(cli);

        var result = cli.RunWithInput("keep\nkepp\nkeep\n", "review", DeckFile, "--plain");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: standard input, line 2: \"kepp\" is not a review command (use keep, drop, question TEXT, answer TEXT, option N TEXT, swap N, next, quit); the decisions before it are saved" }));
        Assert.That(Saved(cli).Cards.Count(card => card.Review is not null), Is.EqualTo(1));
    }

    [Test]
    public void A_missing_deck_is_one_error_line()
    {
        using var cli = new CliHarness();

        var result = cli.RunWithInput("keep\n", "review", "nothing.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: nothing.deck.json: no such deck file" }));
        Assert.That(cli.WrittenFiles(), Is.Empty);
    }

    [Test]
    public void A_deck_from_a_newer_studydecks_is_one_error_line_and_stays_as_it_was()
    {
        using var cli = new CliHarness();
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        json["version"] = 99;
        File.WriteAllText(cli.PathOf(DeckFile), json.ToString());
        var before = File.ReadAllText(cli.PathOf(DeckFile));

        var result = cli.RunWithInput("keep\n", "review", DeckFile);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith("error: coalition.deck.json: the deck has format version 99, newer than this StudyDecks reads (3)"));
        Assert.That(File.ReadAllText(cli.PathOf(DeckFile)), Is.EqualTo(before));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unwritable_deck_is_refused_before_any_card_is_shown()
    {
        using var cli = new CliHarness();
        SaveDeck(cli);
        File.SetUnixFileMode(cli.PathOf(DeckFile), UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var before = File.ReadAllText(cli.PathOf(DeckFile));

        var result = cli.RunWithInput("keep\n", "review", DeckFile);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: coalition.deck.json: is read-only; it is not replaced" }));
        Assert.That(result.Output, Is.Empty);
        Assert.That(File.ReadAllText(cli.PathOf(DeckFile)), Is.EqualTo(before));
    }

    [Test]
    public void A_deck_with_every_card_reviewed_says_so_and_changes_nothing()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        SaveDeck(cli, deck with { Cards = [.. deck.Cards.Select(card => card with { Review = new CardReview(ReviewStatus.Kept) })] });
        var before = File.ReadAllText(cli.PathOf(DeckFile));

        var result = cli.RunWithInput(string.Empty, "review", DeckFile);

        Assert.That(result.Output, Is.EqualTo("Every card of \"Global Coalition to Defeat ISIS\" is reviewed. Use --all to walk them again.\n"));
        Assert.That(File.ReadAllText(cli.PathOf(DeckFile)), Is.EqualTo(before));
    }

    /// <summary>Standard input that records the deck on disk before each line and "kills" the command after the last.</summary>
    private sealed class KillingReader(IReadOnlyList<string> lines, Func<Deck> onDisk) : TextReader
    {
        private int _next;

        public List<Deck> SeenOnDisk { get; } = [];

        public override string? ReadLine()
        {
            SeenOnDisk.Add(onDisk());
            return _next < lines.Count ? lines[_next++] : throw new OperationCanceledException("killed");
        }
    }
}
