using System.Text;
using Newtonsoft.Json.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Decks;

public sealed class DeckJsonTests
{
    [Test]
    public void A_deck_saved_and_loaded_is_equal_to_the_original()
    {
        var deck = SampleDecks.Coalition();

        var json = DeckJson.Serialize(deck);
        var loaded = DeckJson.Parse(json, "deck.json");

        Assert.That(DeckJson.Serialize(loaded), Is.EqualTo(json));
        Assert.That(loaded.Cards, Has.Count.EqualTo(deck.Cards.Count));
        Assert.That(loaded.Cards[3].Aliases, Is.EqualTo(new[] { "SDF" }));
        Assert.That(loaded.Sources[0], Is.EqualTo(deck.Sources[0]));
        Assert.That(loaded.Cards[0] with { Distractors = [], Tags = [], Score = null }, Is.EqualTo(deck.Cards[0] with { Distractors = [], Tags = [], Score = null }));
    }

    [Test]
    public void Option_origins_are_written_in_option_order_and_read_back()
    {
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var origins = new Dictionary<string, OptionOrigin>
        {
            [card.Distractors[2]] = OptionOrigin.Computed,
            [card.Distractors[0]] = OptionOrigin.Article,
            ["an option the card no longer has"] = OptionOrigin.Deck,
        };
        var deck = SampleDecks.Coalition() with { Cards = [card with { OptionOrigins = origins }] };

        var json = DeckJson.Serialize(deck);
        var loaded = DeckJson.Parse(json, "deck.json").Cards[0];

        Assert.That(json.IndexOf(card.Distractors[0] + "\": \"article\"", StringComparison.Ordinal), Is.LessThan(json.IndexOf(card.Distractors[2] + "\": \"computed\"", StringComparison.Ordinal)));
        Assert.That(json, Does.Not.Contain("an option the card no longer has"));
        Assert.That(loaded.OptionOrigins, Is.EquivalentTo(new Dictionary<string, OptionOrigin> { [card.Distractors[0]] = OptionOrigin.Article, [card.Distractors[2]] = OptionOrigin.Computed }));
    }

    [Test]
    public void An_unknown_option_origin_is_a_one_line_error_naming_the_field()
    {
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var json = DeckJson.Serialize(SampleDecks.Coalition() with { Cards = [card with { OptionOrigins = new Dictionary<string, OptionOrigin> { [card.Distractors[0]] = OptionOrigin.Article } }] })
            .Replace("\": \"article\"", "\": \"invented\"", StringComparison.Ordinal);

        var error = Assert.Throws<StudyDecks.Core.Errors.StudyDecksException>(() => DeckJson.Parse(json, "deck.json"));

        Assert.That(error!.Message, Does.Contain("optionOrigins").And.Contain("invented").And.Not.Contain("\n"));
    }

    [Test]
    public void Option_scores_are_written_beside_the_origins_and_read_back()
    {
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var scores = new Dictionary<string, double> { [card.Distractors[0]] = 0.73, [card.Distractors[1]] = 1.0, ["an option the card no longer has"] = 0.5 };
        var deck = SampleDecks.Coalition() with { Cards = [card with { OptionScores = scores }] };

        var json = DeckJson.Serialize(deck);
        var loaded = DeckJson.Parse(json, "deck.json").Cards[0];

        Assert.That(json, Does.Contain("\"optionScores\"").And.Contain(card.Distractors[0] + "\": 0.73"));
        Assert.That(json, Does.Not.Contain("an option the card no longer has"));
        Assert.That(loaded.OptionScores, Is.EquivalentTo(new Dictionary<string, double> { [card.Distractors[0]] = 0.73, [card.Distractors[1]] = 1.0 }));
        Assert.That(DeckJson.Serialize(DeckJson.Parse(json, "deck.json")), Is.EqualTo(json));
    }

    [Test]
    public void A_deck_written_before_option_scores_loads_without_them()
    {
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var json = DeckJson.Serialize(SampleDecks.Coalition() with { Cards = [card with { OptionOrigins = new Dictionary<string, OptionOrigin> { [card.Distractors[0]] = OptionOrigin.Article } }] });

        var loaded = DeckJson.Parse(json, "deck.json").Cards[0];

        Assert.That(json, Does.Not.Contain("optionScores"));
        Assert.That(loaded.OptionScores, Is.Empty);
        Assert.That(loaded.WithOrigin(card.Distractors[0]), Is.EqualTo(card.Distractors[0] + " (article)"));
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    [TestCase("\"high\"")]
    public void An_option_score_outside_0_to_1_is_a_one_line_error_naming_the_field(string value)
    {
        var card = SampleDecks.Coalition().Cards.First(card => card.Distractors.Count == 3);
        var json = DeckJson.Serialize(SampleDecks.Coalition() with { Cards = [card with { OptionScores = new Dictionary<string, double> { [card.Distractors[0]] = 0.25 } }] })
            .Replace("\": 0.25", "\": " + value, StringComparison.Ordinal);

        var error = Assert.Throws<StudyDecks.Core.Errors.StudyDecksException>(() => DeckJson.Parse(json, "deck.json"));

        Assert.That(error!.Message, Does.Contain("optionScores").And.Not.Contain("\n"));
    }

    [Test]
    public void A_version_3_deck_keeps_each_cards_review_and_spares()
    {
        var deck = SampleDecks.Reviewed();

        var json = DeckJson.Serialize(deck);
        var loaded = DeckJson.Parse(json, "deck.json");

        Assert.That(DeckJson.Serialize(loaded), Is.EqualTo(json));
        Assert.That(loaded.Cards[0].Review, Is.EqualTo(new CardReview(ReviewStatus.Kept)));
        Assert.That(loaded.Cards[0].Spares, Is.EqualTo(new[] { "Brett McGurk", "Ned Price" }));
        Assert.That(loaded.Cards[1].Review!.Status, Is.EqualTo(ReviewStatus.Edited));
        Assert.That(loaded.Cards[1].Question, Is.EqualTo(SampleDecks.EditedQuestion));
        Assert.That(loaded.Cards[1].Review!.Original!.Question, Is.EqualTo(SampleDecks.Coalition().Cards[1].Question));
        Assert.That(loaded.Cards[1].Review!.Original!.Distractors, Is.EqualTo(SampleDecks.Coalition().Cards[1].Distractors));
        Assert.That(loaded.Cards[2].IsDropped, Is.True);
        Assert.That(loaded.Cards[3].Review, Is.Null);
        Assert.That(loaded.Cards[3].Spares, Is.Empty);
    }

    [Test]
    public void Spares_follow_the_distractors_and_the_review_comes_last_in_a_card()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Reviewed()));

        var names = ((JObject)json["cards"]![1]!).Properties().Select(property => property.Name).ToArray();

        Assert.That(names, Is.EqualTo(new[] { "id", "type", "context", "question", "answer", "distractors", "spares", "answerKind", "explanation", "source", "tags", "score", "review" }));
        Assert.That(((JObject)json["cards"]![1]!["review"]!).Properties().Select(property => property.Name), Is.EqualTo(new[] { "status", "original" }));
        Assert.That((string?)json["cards"]![2]!["review"]!["status"], Is.EqualTo("dropped"));
    }

    [Test]
    public void A_version_2_deck_without_reviews_loads_with_every_card_unreviewed()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        json["version"] = 2;

        var deck = DeckJson.Parse(json.ToString(), "v2.deck.json");

        Assert.That(deck.Cards.Select(card => card.Review), Is.All.Null);
        Assert.That(deck.Cards.Select(card => card.Spares.Count), Is.All.Zero);
    }

    [Test]
    public void A_version_2_deck_keeps_each_cards_context_and_score_with_features_in_order()
    {
        var deck = SampleDecks.Coalition();

        var loaded = DeckJson.Parse(DeckJson.Serialize(deck), "deck.json");

        Assert.That(loaded.Cards.Select(card => card.Context), Is.EqualTo(deck.Cards.Select(card => card.Context)));
        Assert.That(loaded.Cards[0].Score!.Total, Is.EqualTo(1.234));
        Assert.That(loaded.Cards[0].Score!.Features, Is.EqualTo(SampleDecks.FirstCardScore.Features));
        Assert.That(loaded.Cards[1].Score!.Total, Is.EqualTo(1.0));
        Assert.That(loaded.Cards[3].Context, Is.Null);
        Assert.That(loaded.Cards[3].Score, Is.Null);
    }

    [Test]
    public void The_context_comes_before_the_question_and_the_score_after_the_tags()
    {
        var card = (JObject)JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()))["cards"]![0]!;

        Assert.That(card.Properties().Select(property => property.Name), Is.EqualTo(new[]
        {
            "id", "type", "context", "question", "answer", "distractors", "answerKind", "explanation", "source", "tags", "score",
        }));
        Assert.That((string?)card["context"], Is.EqualTo(SampleDecks.RomeContext));
        Assert.That(((JObject)card["score"]!["features"]!).Properties().Select(property => property.Name), Is.EqualTo(new[] { "importance", "self-contained", "answer-kind", "length" }));
    }

    [Test]
    public void Score_numbers_are_written_as_the_shortest_text_that_reads_back_exactly()
    {
        var deck = SampleDecks.Coalition();
        var card = deck.Cards[0] with
        {
            Score = new CardScore(0.1 + 0.2, [
                new ScoreContribution("a", 0.1),
                new ScoreContribution("b", 1.0),
                new ScoreContribution("c", -0.0),
                new ScoreContribution("d", -0.2),
                new ScoreContribution("e", 12),
                new ScoreContribution("f", 0.00001),
            ]),
        };

        var json = DeckJson.Serialize(deck with { Cards = [card] });
        var loaded = DeckJson.Parse(json, "deck.json").Cards[0].Score!;

        Assert.That(json, Does.Contain("\"total\": 0.30000000000000004,"));
        Assert.That(json, Does.Contain("\"a\": 0.1,").And.Contain("\"b\": 1.0,").And.Contain("\"c\": 0.0,").And.Contain("\"d\": -0.2,").And.Contain("\"e\": 12.0,").And.Contain("\"f\": 1E-05"));
        Assert.That(loaded.Total, Is.EqualTo(0.1 + 0.2));
        Assert.That(loaded.Features.Select(feature => feature.Contribution), Is.EqualTo(new[] { 0.1, 1.0, 0.0, -0.2, 12, 0.00001 }));
        Assert.That(DeckJson.Serialize(deck with { Cards = [card with { Score = loaded }] }), Is.EqualTo(json));
    }

    [Test]
    public void A_version_1_deck_still_loads_without_contexts_or_scores()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        json["version"] = 1;
        foreach (JObject card in json["cards"]!)
        {
            card.Remove("context");
            card.Remove("score");
        }

        var deck = DeckJson.Parse(json.ToString(), "old.deck.json");

        Assert.That(deck.Cards, Has.Count.EqualTo(8));
        Assert.That(deck.Cards.Select(card => card.Context), Is.All.Null);
        Assert.That(deck.Cards.Select(card => card.Score), Is.All.Null);
        Assert.That(deck.Cards[0].Question, Is.EqualTo(SampleDecks.Coalition().Cards[0].Question));
    }

    [Test]
    public void A_version_1_deck_is_written_back_as_version_3()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        json["version"] = 1;

        var written = JObject.Parse(DeckJson.Serialize(DeckJson.Parse(json.ToString(), "old.deck.json")));

        Assert.That((int?)written["version"], Is.EqualTo(3));
    }

    [Test]
    public void Writing_to_a_stream_gives_the_same_bytes_as_serializing_utf8_without_bom()
    {
        var deck = SampleDecks.Coalition();
        using var stream = new MemoryStream();

        DeckJson.Write(deck, stream);

        var bytes = stream.ToArray();
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(DeckJson.Serialize(deck)));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("\r"));
    }

    [Test]
    public void The_file_names_fields_in_camel_case_with_kebab_case_values()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));

        Assert.That((string?)json["format"], Is.EqualTo("studydecks.deck"));
        Assert.That((int?)json["version"], Is.EqualTo(3));
        Assert.That((int?)json["generator"]!["seed"], Is.EqualTo(1));
        var card = (JObject)json["cards"]![3]!;
        Assert.That(card.Properties().Select(property => property.Name), Is.EqualTo(new[]
        {
            "id", "type", "question", "answer", "distractors", "aliases", "answerKind", "explanation", "source", "tags",
        }));
        Assert.That((string?)card["type"], Is.EqualTo("short-answer"));
        Assert.That((string?)card["answerKind"], Is.EqualTo("term"));
        Assert.That((string?)json["cards"]![4]!["type"], Is.EqualTo("true-false"));
    }

    [Test]
    public void Malformed_json_is_rejected_naming_the_file_and_position()
    {
        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse("{\"format\": \"studydecks.deck\", ", "broken.deck.json"));

        Assert.That(error!.Message, Does.StartWith($"broken.deck.json: {ErrorMessages.MalformedDeckJson}"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Json_that_is_not_a_deck_is_rejected()
    {
        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse("[1, 2, 3]", "list.json"));

        Assert.That(error!.Message, Is.EqualTo($"list.json: {ErrorMessages.NotADeck}"));
    }

    [Test]
    public void A_newer_version_is_rejected_with_advice()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        json["version"] = 4;

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json.ToString(), "future.deck.json"));

        Assert.That(error!.Message, Is.EqualTo("future.deck.json: " + ErrorMessages.NewerDeckVersion(4, 3)));
    }

    private static IEnumerable<TestCaseData> BrokenDecks()
    {
        yield return Case("missing title", json => json.Remove("title"), ErrorMessages.MissingDeckField("title"));
        yield return Case("missing card answer", json => ((JObject)json["cards"]![0]!).Remove("answer"), ErrorMessages.MissingDeckField("cards[0].answer"));
        yield return Case("answer as a number", json => json["cards"]![1]!["answer"] = 168, ErrorMessages.MissingDeckField("cards[1].answer"));
        yield return Case("unknown card type", json => json["cards"]![0]!["type"] = "essay", ErrorMessages.InvalidDeckValue("cards[0].type", "essay"));
        yield return Case("unknown answer kind", json => json["cards"]![0]!["answerKind"] = "animal", ErrorMessages.InvalidDeckValue("cards[0].answerKind", "animal"));
        yield return Case("answer among distractors", json => json["cards"]![0]!["distractors"]![1] = "john godfrey", ErrorMessages.AnswerAmongDistractors("cards[0]"));
        yield return Case("two distractors", json => ((JArray)json["cards"]![0]!["distractors"]!).RemoveAt(0), ErrorMessages.WrongDistractorCount("cards[0]", 2));
        yield return Case("duplicate distractors", json => json["cards"]![0]!["distractors"]![1] = "Antony Blinken", ErrorMessages.DuplicateDistractors("cards[0]"));
        yield return Case("duplicate ids", json => json["cards"]![1]!["id"] = "c0000000000a1", ErrorMessages.DuplicateCardId("cards[1]", "c0000000000a1"));
        yield return Case("cloze without blank", json => json["cards"]![2]!["question"] = "No blank here.", ErrorMessages.ClozeWithoutBlank("cards[2]"));
        yield return Case("unknown source", json => json["cards"]![0]!["source"]!["article"] = "elsewhere", ErrorMessages.UnknownCardSource("cards[0]", "elsewhere"));
        yield return Case("true-false answer", json => json["cards"]![4]!["answer"] = "Maybe", ErrorMessages.InvalidDeckValue("cards[4].answer", "Maybe"));
        yield return Case("seed as text", json => json["generator"]!["seed"] = "one", ErrorMessages.MissingDeckField("generator.seed"));
        yield return Case("version 0", json => json["version"] = 0, ErrorMessages.InvalidDeckValue("version", "0"));
        yield return Case("empty context", json => json["cards"]![0]!["context"] = "", ErrorMessages.MissingDeckField("cards[0].context"));
        yield return Case("blank context", json => json["cards"]![0]!["context"] = "   ", ErrorMessages.MissingDeckField("cards[0].context"));
        yield return Case("context as a number", json => json["cards"]![1]!["context"] = 7, ErrorMessages.MissingDeckField("cards[1].context"));
        yield return Case("null context", json => json["cards"]![1]!["context"] = JValue.CreateNull(), ErrorMessages.MissingDeckField("cards[1].context"));
        yield return Case("context with a line break", json => json["cards"]![2]!["context"] = "Rome,\n2021", ErrorMessages.ControlCharacterInField("cards[2].context"));
        yield return Case("context with a tab", json => json["cards"]![2]!["context"] = "Rome\t2021", ErrorMessages.ControlCharacterInField("cards[2].context"));
        yield return Case("score as a number", json => json["cards"]![0]!["score"] = 1.5, ErrorMessages.MissingDeckField("cards[0].score"));
        yield return Case("score without total", json => ((JObject)json["cards"]![0]!["score"]!).Remove("total"), ErrorMessages.MissingDeckField("cards[0].score.total"));
        yield return Case("score total as text", json => json["cards"]![0]!["score"]!["total"] = "1.2", ErrorMessages.MissingDeckField("cards[0].score.total"));
        yield return Case("score without features", json => ((JObject)json["cards"]![0]!["score"]!).Remove("features"), ErrorMessages.MissingDeckField("cards[0].score.features"));
        yield return Case("features as a list", json => json["cards"]![0]!["score"]!["features"] = new JArray(0.1, 0.2), ErrorMessages.MissingDeckField("cards[0].score.features"));
        yield return Case("feature as text", json => json["cards"]![1]!["score"]!["features"]!["importance"] = "high", ErrorMessages.MissingDeckField("cards[1].score.features.importance"));
        yield return Case("feature as null", json => json["cards"]![1]!["score"]!["features"]!["importance"] = JValue.CreateNull(), ErrorMessages.MissingDeckField("cards[1].score.features.importance"));
        yield return Case("feature with a blank name", json => ((JObject)json["cards"]![0]!["score"]!["features"]!).Add(" ", 0.1), ErrorMessages.InvalidFeatureName("cards[0].score.features"));

        yield return Case("unknown review status", json => json["cards"]![0]!["review"] = new JObject { ["status"] = "maybe" }, ErrorMessages.InvalidDeckValue("cards[0].review.status", "maybe"));
        yield return Case("edited card without original", json => json["cards"]![0]!["review"] = new JObject { ["status"] = "edited" }, ErrorMessages.MissingDeckField("cards[0].review.original"));
        yield return Case("kept card with original", json => json["cards"]![1]!["review"]!["status"] = "kept", ErrorMessages.ReviewOriginalOnKeptCard("cards[1].review.original"));
        yield return Case("original without answer", json => ((JObject)json["cards"]![1]!["review"]!["original"]!).Remove("answer"), ErrorMessages.MissingDeckField("cards[1].review.original.answer"));
        yield return Case("four spares", json => json["cards"]![0]!["spares"] = new JArray("A B", "C D", "E F", "G H"), ErrorMessages.TooManySpares("cards[0].spares", 4, 3));
        yield return Case("spare equal to the answer", json => json["cards"]![0]!["spares"]![1] = "john godfrey", ErrorMessages.SpareAmongOptions("cards[0].spares[1]"));
        yield return Case("spare equal to a distractor", json => json["cards"]![1]!["spares"]![0] = "$120 million", ErrorMessages.SpareAmongOptions("cards[1].spares[0]"));
        yield return Case("spare with a line break", json => json["cards"]![0]!["spares"]![0] = "Brett\nMcGurk", ErrorMessages.ControlCharacterInField("cards[0].spares[0]"));
        yield return Case("original question with an escape code", json => json["cards"]![1]!["review"]!["original"]!["question"] = "How much\u001b[2J?", ErrorMessages.ControlCharacterInField("cards[1].review.original.question"));
        yield return Case("review as text", json => json["cards"]![0]!["review"] = "kept", ErrorMessages.MissingDeckField("cards[0].review"));
        yield return Case("blank spare", json => json["cards"]![0]!["spares"]![0] = " ", ErrorMessages.BlankOption("cards[0].spares[0]"));

        static TestCaseData Case(string name, Action<JObject> breakIt, string message) =>
            new TestCaseData(breakIt, message).SetName($"A_deck_with_{name.Replace(' ', '_')}_is_rejected");
    }

    [TestCaseSource(nameof(BrokenDecks))]
    public void Broken_decks_are_rejected_with_a_message_naming_the_field(Action<JObject> breakIt, string message)
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Reviewed()));
        breakIt(json);

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json.ToString(), "bad.deck.json"));

        Assert.That(error!.Message, Is.EqualTo("bad.deck.json: " + message));
    }

    [Test]
    public void A_score_too_large_for_a_double_is_rejected_in_one_line()
    {
        var json = DeckJson.Serialize(SampleDecks.Coalition()).Replace("\"total\": 1.234", "\"total\": 1e999", StringComparison.Ordinal);

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json, "huge.deck.json"));

        Assert.That(error!.Message, Is.EqualTo("huge.deck.json: " + ErrorMessages.InvalidDeckValue("cards[0].score.total", "Infinity")));
    }

    [Test]
    public void A_context_line_break_is_reported_without_breaking_the_message_line()
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        json["cards"]![0]!["context"] = "Rome\r\n2021";

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json.ToString(), "bad.deck.json"));

        Assert.That(error!.Message, Does.Not.Contain("\n").And.Not.Contain("\r"));
    }

    [Test]
    public void Invalid_utf8_in_a_deck_file_is_rejected()
    {
        using var stream = new MemoryStream([0x7B, 0xFF, 0xFE, 0x7D]);

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Read(stream, "binary.deck.json"));

        Assert.That(error!.Message, Does.StartWith($"binary.deck.json: {ErrorMessages.MalformedDeckJson}"));
    }
}
