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

    [Test]
    public void Inspect_with_cards_shows_where_each_wrong_option_came_from()
    {
        using var cli = new CliHarness();
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var origins = new Dictionary<string, OptionOrigin> { [card.Distractors[0]] = OptionOrigin.Gazetteer, [card.Distractors[1]] = OptionOrigin.Computed };
        File.WriteAllText(cli.PathOf("sample.deck.json"), DeckJson.Serialize(SampleDecks.Coalition() with { Cards = [card with { OptionOrigins = origins }] }));

        var result = cli.Run("inspect", "sample.deck.json", "--cards");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain($"Wrong: {card.Distractors[0]} (gazetteer) | {card.Distractors[1]} (computed) | {card.Distractors[2]}\n"));
    }

    [Test]
    public void Inspect_with_cards_shows_each_wrong_option_s_origin_and_score()
    {
        using var cli = new CliHarness();
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var origins = new Dictionary<string, OptionOrigin> { [card.Distractors[0]] = OptionOrigin.Gazetteer, [card.Distractors[1]] = OptionOrigin.Computed };
        var scores = new Dictionary<string, double> { [card.Distractors[0]] = 0.9, [card.Distractors[1]] = 1.0 };
        File.WriteAllText(cli.PathOf("sample.deck.json"), DeckJson.Serialize(SampleDecks.Coalition() with { Cards = [card with { OptionOrigins = origins, OptionScores = scores }] }));

        var result = cli.Run("inspect", "sample.deck.json", "--cards");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain($"Wrong: {card.Distractors[0]} (gazetteer, 0.90) | {card.Distractors[1]} (computed, 1.00) | {card.Distractors[2]}\n"));
    }

    [Test]
    public void Inspect_with_cards_shows_each_cards_context_and_score_with_its_features()
    {
        using var cli = new CliHarness();
        File.WriteAllText(cli.PathOf("sample.deck.json"), DeckJson.Serialize(SampleDecks.Coalition()));

        var result = cli.Run("inspect", "sample.deck.json", "--cards");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var lines = result.Output.Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith("1. ", StringComparison.Ordinal));
        Assert.That(lines[first + 1], Is.EqualTo("   Context: " + SampleDecks.RomeContext));
        Assert.That(lines[first + 2], Does.StartWith("   Q: Who was the Acting U.S. Special Envoy"));
        Assert.That(result.Output, Does.Contain("   Score: 1.23 (importance +0.31, self-contained +0.50, answer-kind -0.20, length +0.62)\n"));
        Assert.That(result.Output, Does.Contain("   Score: 1.00 (importance +0.10, self-contained +0.90)\n"));
        Assert.That(lines.Count(line => line.StartsWith("   Context: ", StringComparison.Ordinal)), Is.EqualTo(6));
        Assert.That(lines.Count(line => line.StartsWith("   Score: ", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void A_version_1_deck_inspects_without_context_or_score_lines()
    {
        using var cli = new CliHarness();
        var deck = SampleDecks.Coalition();
        var old = Newtonsoft.Json.Linq.JObject.Parse(DeckJson.Serialize(deck with { Cards = [.. deck.Cards.Select(card => card with { Context = null, Score = null })] }));
        old["version"] = 1;
        File.WriteAllText(cli.PathOf("old.deck.json"), old.ToString());

        var result = cli.Run("inspect", "old.deck.json", "--cards");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.Contain("8 cards from 2 articles"));
        Assert.That(result.Output, Does.Not.Contain("Context:").And.Not.Contain("Score:"));
    }

    [TestCase("{\"format\":\"studydecks.deck\",\"version\":4}", "error: bad.deck.json: the deck has format version 4, newer than this StudyDecks reads (3); update StudyDecks")]
    [TestCase("{ not json", "error: bad.deck.json: the deck is not valid JSON")]
    [TestCase("{\"format\":\"studydecks.deck\",\"version\":9}", "error: bad.deck.json: the deck has format version 9, newer than this StudyDecks reads (3); update StudyDecks")]
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
