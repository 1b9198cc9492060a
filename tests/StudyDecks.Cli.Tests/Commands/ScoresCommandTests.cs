using System.Text.Json;
using StudyDecks.Quiz;

namespace StudyDecks.Cli.Tests.Commands;

public sealed class ScoresCommandTests
{
    private const string Deck = "coalition.deck.json";
    private static readonly string AllA = string.Concat(Enumerable.Repeat("a\n", 8));
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Variables["USER"] = "ana";
        _cli.Variables["STUDYDECKS_DB"] = "scores.db";
        QuizCommandTests.WriteSampleDeck(_cli);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void Shows_the_sessions_table_the_accuracy_chart_and_the_weakest_cards()
    {
        Quiz("ana", AllA, "--mode", "all", "--seed", "1");
        Quiz("ana", AllA, "--mode", "all", "--seed", "2");

        var result = _cli.Run("scores");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("Sessions").And.Contains("Date (UTC)").And.Contains("Answered").And.Contains("Correct"));
        Assert.That(result.Output, Does.Contain("Global Coalition to Defeat"));
        Assert.That(result.Output, Does.Contain("Accuracy by session (%)"));
        Assert.That(result.Output, Does.Contain("Weakest cards"));
        Assert.That(result.Output.Split('\n').Where(line => line.Length > 80), Is.Empty);
    }

    [Test]
    public void Json_lists_sessions_with_player_deck_start_answered_correct_and_per_card_stats()
    {
        Quiz("ana", AllA, "--mode", "all", "--seed", "1");
        Quiz("ben", "a\na\n", "--mode", "all", "--seed", "1", "--count", "2");

        var result = _cli.Run("scores", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var sessions = json.RootElement.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.That(sessions.Select(session => session.GetProperty("player").GetString()), Is.EqualTo(new[] { "ana", "ben" }));
        Assert.That(sessions.Select(session => session.GetProperty("answered").GetInt32()), Is.EqualTo(new[] { 8, 2 }));
        Assert.That(sessions[0].GetProperty("deck").GetString(), Is.EqualTo("Global Coalition to Defeat ISIS"));
        Assert.That(sessions[0].GetProperty("startedAt").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        Assert.That(sessions[0].GetProperty("correct").GetInt32(), Is.InRange(0, 8));
        var cards = json.RootElement.GetProperty("cards").EnumerateArray().ToArray();
        Assert.That(cards, Has.Length.EqualTo(8));
        Assert.That(cards.Sum(card => card.GetProperty("answered").GetInt32()), Is.EqualTo(10));
        Assert.That(json.RootElement.TryGetProperty("items", out _), Is.False);
    }

    [Test]
    public void Player_and_deck_filters_narrow_the_sessions_and_the_deck_may_be_named_by_its_file()
    {
        Quiz("ana", AllA, "--mode", "all");
        Quiz("ben", "a\n", "--count", "1");

        var result = _cli.Run("scores", "--json", "--player", "ben", "--deck", "coalition");

        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("sessions").GetArrayLength(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("cards").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void An_unknown_player_is_one_line_listing_the_known_ones()
    {
        Quiz("ana", "a\n", "--count", "1");

        var result = _cli.Run("scores", "--player", "zoe");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: scores.db: no player named \"zoe\" (players: ana)" }));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void An_unknown_deck_is_one_line()
    {
        Quiz("ana", "a\n", "--count", "1");

        var result = _cli.Run("scores", "--deck", "history");

        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: scores.db: no deck \"history\" has been quizzed (decks: \"Global Coalition to Defeat ISIS\")" }));
    }

    [Test]
    public void Without_a_database_it_says_to_take_a_quiz_first_and_creates_nothing()
    {
        var result = _cli.Run("scores");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: scores.db: " + QuizMessages.NoDatabase }));
        Assert.That(File.Exists(_cli.PathOf("scores.db")), Is.False);
    }

    [Test]
    public void Items_shows_per_card_share_correct_and_how_often_each_distractor_was_chosen()
    {
        Quiz("ana", AllA, "--mode", "all", "--seed", "1");

        var text = _cli.Run("scores", "--items");
        var json = _cli.Run("scores", "--items", "--json");

        Assert.That(text.ExitCode, Is.Zero, text.Error);
        Assert.That(text.Output, Does.Contain("Item analysis of 8 cards from 8 answers"));
        Assert.That(text.Output, Does.Contain("$120 million").And.Contains("Picks").And.Contains("too few answers to judge"));
        using var document = JsonDocument.Parse(json.Output);
        var money = document.RootElement.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("cardId").GetString() == "c0000000000a2");
        var options = money.GetProperty("options").EnumerateArray().ToArray();
        Assert.That(options.Select(option => option.GetProperty("text").GetString()), Is.EqualTo(new[] { "$168 million", "$120 million", "$148 million", "$210 million" }));
        Assert.That(options.Sum(option => option.GetProperty("picks").GetInt32()), Is.EqualTo(1));
        Assert.That(options[1].GetProperty("picks").GetInt32(), Is.EqualTo(1), "\"a\" picks the lowest amount, listed first");
    }

    private void Quiz(string player, string input, params string[] options)
    {
        var result = _cli.RunWithInput(input, ["quiz", Deck, "--player", player, .. options]);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }
}
