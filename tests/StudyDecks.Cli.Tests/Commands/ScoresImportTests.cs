using Newtonsoft.Json.Linq;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Commands;

/// <summary><c>scores --import</c>: results files from the HTML quiz into the score database.</summary>
public sealed class ScoresImportTests
{
    private const string Title = "Global Coalition to Defeat ISIS";
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Variables["STUDYDECKS_DB"] = "scores.db";
        QuizCommandTests.WriteSampleDeck(_cli);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void Imported_answers_show_in_scores_in_the_item_analysis_and_in_the_schedule()
    {
        Write("ana.json", Results(("c0000000000a1", "John Godfrey"), ("c0000000000a4", "sdf"), ("c0000000000a5", "False")));

        var imported = _cli.Run("scores", "--import", "ana.json", "--player", "ana");
        var scores = _cli.Run("scores", "--player", "ana", "--json");
        var items = _cli.Run("scores", "--items");
        var newCards = _cli.RunWithInput(string.Empty, "quiz", "coalition.deck.json", "--player", "ana", "--mode", "missed", "--plain");

        Assert.That(imported.ExitCode, Is.Zero, imported.Error);
        Assert.That(imported.Output, Is.EqualTo($"Recorded 3 answers (2 right) in 1 session of \"{Title}\" for ana from ana.json\n"));
        var session = JObject.Parse(scores.Output)["sessions"]![0]!;
        Assert.That(((int?)session["answered"], (int?)session["correct"], (string?)session["deck"]), Is.EqualTo((3, 2, Title)));
        Assert.That(items.Output, Does.Contain("Who was the Acting U.S. Special Envoy"));
        Assert.That(newCards.Output, Does.Contain("Saudi Arabia co-leads"), "the card answered wrong in the browser is due again as missed");
    }

    [Test]
    public void Each_attempt_is_a_session_and_the_deck_file_name_finds_them()
    {
        Write("ana.json", Results([("c0000000000a1", "John Godfrey")], attempts: 2));

        var imported = _cli.Run("scores", "--import", "ana.json", "--player", "ana");
        var byFile = _cli.Run("scores", "--deck", "global-coalition-to-defeat-isis", "--json");

        Assert.That(imported.Output, Does.StartWith("Recorded 2 answers (2 right) in 2 sessions"));
        Assert.That(((JArray)JObject.Parse(byFile.Output)["sessions"]!).Count, Is.EqualTo(2));
    }

    [Test]
    public void The_same_file_twice_is_recorded_once()
    {
        Write("ana.json", Results(("c0000000000a1", "John Godfrey")));
        _cli.Run("scores", "--import", "ana.json", "--player", "ana");

        var again = _cli.Run("scores", "--import", "ana.json", "--player", "ben");

        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(again.Error, Does.Match("^error: ana.json: was imported already \\(as ana's, on .+ UTC\\); nothing recorded\n$"));
        Assert.That(QuizCommandTests.Count(_cli.PathOf("scores.db")), Is.EqualTo(1));
        Assert.That(QuizCommandTests.Count(_cli.PathOf("scores.db"), "SELECT count(*) FROM players"), Is.EqualTo(1));
    }

    [Test]
    public void Results_for_another_deck_of_the_same_title_are_refused_and_record_nothing()
    {
        _cli.RunWithInput("a\n", "quiz", "coalition.deck.json", "--player", "ana", "--mode", "all", "--count", "1", "--seed", "1");
        var before = QuizCommandTests.Count(_cli.PathOf("scores.db"));
        var results = Results(("c0000000000a4", "Kurdish forces"));
        results["cards"]![0]!["answer"] = "Kurdish forces";
        results["attempts"]![0]!["answers"]![0]!["correct"] = true;
        Write("other.json", results);

        var result = _cli.Run("scores", "--import", "other.json", "--player", "ana");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"error: other.json: is for another deck than the \"{Title}\" in the score database: its card c0000000000a4 has another answer there; nothing recorded" }));
        Assert.That(QuizCommandTests.Count(_cli.PathOf("scores.db")), Is.EqualTo(before));
    }

    [Test]
    public void Results_for_a_deck_other_than_the_one_named_are_refused()
    {
        Write("ana.json", Results(("c0000000000a1", "John Godfrey")));

        var result = _cli.Run("scores", "--import", "ana.json", "--player", "ana", "--deck", "gulf-war");

        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"error: ana.json: is for the deck \"{Title}\", not \"gulf-war\"; nothing recorded" }));
        Assert.That(File.Exists(_cli.PathOf("scores.db")), Is.False);
    }

    [TestCase(null, "error: missing.json: no such results file")]
    [TestCase("", "error: missing.json: is not a results file (malformed JSON: ")]
    [TestCase("{\"format\": \"studydecks.results\", \"version\": 1,", "error: missing.json: is not a results file (malformed JSON: ")]
    [TestCase("{\"format\": \"studydecks.deck\", \"version\": 1}", "error: missing.json: is not a results file (no \"format\": \"studydecks.results\")")]
    [TestCase("{\"format\": \"studydecks.results\", \"version\": 2}", "error: missing.json: is results version 2; this StudyDecks reads up to version 1: update StudyDecks")]
    [TestCase("{\"format\": \"studydecks.results\", \"version\": 1, \"deck\": {\"title\": \"T\", \"seed\": 1}, \"cards\": [], \"attempts\": []}", "error: missing.json: holds no answers")]
    [TestCase("{\"format\": \"studydecks.results\", \"version\": 1, \"deck\": {\"title\": \"T\"}}", "error: missing.json: missing or invalid field \"deck.seed\"")]
    public void A_missing_malformed_or_newer_results_file_is_one_line_and_creates_no_database(string? content, string expected)
    {
        if (content is not null)
        {
            File.WriteAllText(_cli.PathOf("missing.json"), content);
        }

        var result = _cli.Run("scores", "--import", "missing.json", "--player", "ana");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(result.Error, Does.StartWith(expected));
        Assert.That(File.Exists(_cli.PathOf("scores.db")), Is.False);
    }

    [Test]
    public void A_results_file_edited_to_call_a_wrong_choice_right_is_refused()
    {
        var results = Results(("c0000000000a1", "Antony Blinken"));
        results["attempts"]![0]!["answers"]![0]!["correct"] = true;
        Write("edited.json", results);

        var result = _cli.Run("scores", "--import", "edited.json", "--player", "ana");

        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: edited.json: \"attempts[0].answers[0]\" does not agree with card \"c0000000000a1\": the choice is not one of its options or is judged wrongly" }));
    }

    [Test]
    public void Import_needs_a_player()
    {
        Write("ana.json", Results(("c0000000000a1", "John Godfrey")));

        var result = _cli.Run("scores", "--import", "ana.json");

        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "error: --import: needs --player NAME: whose answers the file holds" }));
    }

    /// <summary>A results file as the page writes it, answering cards of <see cref="SampleDecks.Coalition"/>.</summary>
    private static JObject Results((string CardId, string Choice)[] answers, int attempts = 1)
    {
        var deck = SampleDecks.Coalition();
        var cards = answers.Select(answer => deck.Cards.Single(card => card.Id == answer.CardId)).ToArray();
        return new JObject
        {
            ["format"] = "studydecks.results",
            ["version"] = 1,
            ["deck"] = new JObject { ["title"] = deck.Title, ["seed"] = deck.Generator.Seed },
            ["attempts"] = new JArray(Enumerable.Range(0, attempts).Select(attempt => new JObject
            {
                ["startedAt"] = $"2026-11-0{attempt + 1}T10:00:00.000Z",
                ["answers"] = new JArray(answers.Select((answer, i) =>
                {
                    var card = cards[i];
                    var options = card.Type == Core.Decks.CardType.ShortAnswer ? [] : card.Type == Core.Decks.CardType.TrueFalse ? ["True", "False"] : card.Options.ToArray();
                    var correct = options.Length == 0 ? Quiz.Asking.AnswerMatcher.Matches(card, answer.Choice) : answer.Choice == card.Answer;
                    return new JObject
                    {
                        ["cardId"] = answer.CardId,
                        ["choice"] = answer.Choice,
                        ["correct"] = correct,
                        ["answeredAt"] = $"2026-11-0{attempt + 1}T10:0{i + 1}:00.000Z",
                        ["milliseconds"] = 4200,
                        ["options"] = new JArray(options),
                    };
                })),
            })),
            ["cards"] = new JArray(cards.Select(card => new JObject
            {
                ["id"] = card.Id,
                ["type"] = Core.Decks.DeckNames.ToName(card.Type),
                ["kind"] = Core.Decks.DeckNames.ToName(card.AnswerKind),
                ["question"] = card.Question,
                ["answer"] = card.Answer,
                ["distractors"] = new JArray(card.Distractors),
            })),
        };
    }

    private static JObject Results(params (string CardId, string Choice)[] answers) => Results(answers, 1);

    private void Write(string name, JObject results) => File.WriteAllText(_cli.PathOf(name), results.ToString());
}
