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
        Assert.That(loaded.Cards[0] with { Distractors = [], Tags = [] }, Is.EqualTo(deck.Cards[0] with { Distractors = [], Tags = [] }));
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
        Assert.That((int?)json["version"], Is.EqualTo(1));
        Assert.That((int?)json["generator"]!["seed"], Is.EqualTo(1));
        var card = (JObject)json["cards"]![0]!;
        Assert.That(card.Properties().Select(property => property.Name), Is.EqualTo(new[]
        {
            "id", "type", "question", "answer", "distractors", "answerKind", "explanation", "source", "tags",
        }));
        Assert.That((string?)card["type"], Is.EqualTo("multiple-choice"));
        Assert.That((string?)card["answerKind"], Is.EqualTo("person"));
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
        json["version"] = 2;

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json.ToString(), "future.deck.json"));

        Assert.That(error!.Message, Is.EqualTo("future.deck.json: " + ErrorMessages.NewerDeckVersion(2, 1)));
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

        static TestCaseData Case(string name, Action<JObject> breakIt, string message) =>
            new TestCaseData(breakIt, message).SetName($"A_deck_with_{name.Replace(' ', '_')}_is_rejected");
    }

    [TestCaseSource(nameof(BrokenDecks))]
    public void Broken_decks_are_rejected_with_a_message_naming_the_field(Action<JObject> breakIt, string message)
    {
        var json = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        breakIt(json);

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Parse(json.ToString(), "bad.deck.json"));

        Assert.That(error!.Message, Is.EqualTo("bad.deck.json: " + message));
    }

    [Test]
    public void Invalid_utf8_in_a_deck_file_is_rejected()
    {
        using var stream = new MemoryStream([0x7B, 0xFF, 0xFE, 0x7D]);

        var error = Assert.Throws<StudyDecksException>(() => DeckJson.Read(stream, "binary.deck.json"));

        Assert.That(error!.Message, Does.StartWith($"binary.deck.json: {ErrorMessages.MalformedDeckJson}"));
    }
}
