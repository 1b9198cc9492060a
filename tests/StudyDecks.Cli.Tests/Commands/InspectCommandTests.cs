using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class InspectCommandTests
{
    [Test]
    public void Inspect_prints_counts_by_type_and_answer_kind()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("sample.deck.json"), DeckJson.Serialize(SampleDecks.Coalition()));

        var result = cli.Run("inspect", "sample.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.Contain("8 cards from 2 articles"));
        Assert.That(result.Output, Does.Match(@"multiple-choice\s+4"));
        Assert.That(result.Output, Does.Match(@"person\s+2"));
        Assert.That(result.Output, Does.Not.Contain("Q: "));
    }

    [Test]
    public void Inspect_with_cards_lists_every_card()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        File.WriteAllText(cli.PathOf("sample.deck.json"), DeckJson.Serialize(deck));

        var result = cli.Run("inspect", "sample.deck.json", "--cards");

        foreach (var card in deck.Cards)
        {
            Assert.That(result.Output, Does.Contain("Q: " + card.Question));
        }
    }

    [TestCase("{ not json", "error: bad.deck.json: the deck is not valid JSON")]
    [TestCase("{\"format\":\"studydecks.deck\",\"version\":9}", "error: bad.deck.json: the deck has format version 9, newer than this StudyDecks reads (2); update StudyDecks")]
    [TestCase("{\"format\":\"studydecks.deck\",\"version\":1}", "error: bad.deck.json: missing or invalid field \"generator\"")]
    public void A_bad_deck_is_one_line_and_a_failure(string content, string message)
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("bad.deck.json"), content);

        var result = cli.Run("inspect", "bad.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrorLines[0], Does.StartWith(message));
    }

    [Test]
    public void A_missing_deck_is_one_line()
    {
        using var cli = new CliHarness();

        var result = cli.Run("inspect", "nowhere.deck.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: nowhere.deck.json: no such deck file" }));
    }
}
