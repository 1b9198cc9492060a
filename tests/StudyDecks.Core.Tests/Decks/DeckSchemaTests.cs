using Newtonsoft.Json.Linq;
using StudyDecks.Core.Decks;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Decks;

/// <summary>The published schema (decks/deck.schema.json) and the writer agree on names and required fields.</summary>
public sealed class DeckSchemaTests
{
    private static JObject Schema() => JObject.Parse(File.ReadAllText(TestData.DeckSchemaPath));

    [Test]
    public void Every_field_the_writer_emits_is_described_by_the_schema()
    {
        var schema = Schema();
        var deck = JObject.Parse(DeckJson.Serialize(SampleDecks.Coalition()));
        var cardProperties = (JObject)schema["$defs"]!["card"]!["properties"]!;

        Assert.That(deck.Properties().Select(p => p.Name), Is.SubsetOf(((JObject)schema["properties"]!).Properties().Select(p => p.Name)));
        foreach (JObject card in deck["cards"]!)
        {
            Assert.That(card.Properties().Select(p => p.Name), Is.SubsetOf(cardProperties.Properties().Select(p => p.Name)));
        }
    }

    [Test]
    public void The_schema_requires_what_the_reader_requires()
    {
        var required = Schema()["$defs"]!["card"]!["required"]!.Values<string>();

        Assert.That(required, Is.EquivalentTo(new[] { "id", "type", "question", "answer", "distractors", "answerKind", "explanation", "source", "tags" }));
    }

    [Test]
    public void The_schema_lists_every_card_type_and_answer_kind()
    {
        var properties = Schema()["$defs"]!["card"]!["properties"]!;

        Assert.That(properties["type"]!["enum"]!.Values<string>(), Is.EquivalentTo(Enum.GetValues<CardType>().Select(DeckNames.ToName)));
        Assert.That(properties["answerKind"]!["enum"]!.Values<string>(), Is.EquivalentTo(Enum.GetValues<AnswerKind>().Select(DeckNames.ToName)));
        Assert.That((string?)Schema()["properties"]!["format"]!["const"], Is.EqualTo(Deck.FormatName));
        Assert.That((int?)Schema()["properties"]!["version"]!["const"], Is.EqualTo(Deck.CurrentVersion));
    }
}
