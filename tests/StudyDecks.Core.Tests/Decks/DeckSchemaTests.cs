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
        var deck = JObject.Parse(DeckJson.Serialize(SampleDecks.Reviewed()));
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
    }

    [Test]
    public void The_schema_accepts_every_version_the_reader_reads_and_no_newer()
    {
        var versions = Schema()["properties"]!["version"]!["enum"]!.Values<int>();

        Assert.That(versions, Is.EqualTo(Enumerable.Range(1, Deck.CurrentVersion)));
    }

    [Test]
    public void The_schema_describes_the_optional_context_and_score_of_version_2()
    {
        var properties = Schema()["$defs"]!["card"]!["properties"]!;
        var score = properties["score"]!;

        Assert.That((string?)properties["context"]!["type"], Is.EqualTo("string"));
        Assert.That(score["required"]!.Values<string>(), Is.EquivalentTo(new[] { "total", "features" }));
        Assert.That((string?)score["properties"]!["total"]!["type"], Is.EqualTo("number"));
        Assert.That((string?)score["properties"]!["features"]!["type"], Is.EqualTo("object"));
        Assert.That((string?)score["properties"]!["features"]!["additionalProperties"]!["type"], Is.EqualTo("number"));
    }

    [Test]
    public void The_schema_context_pattern_refuses_what_the_reader_refuses()
    {
        var pattern = new System.Text.RegularExpressions.Regex((string)Schema()["$defs"]!["card"]!["properties"]!["context"]!["pattern"]!, System.Text.RegularExpressions.RegexOptions.ECMAScript);

        Assert.That(pattern.IsMatch(SampleDecks.RomeContext), Is.True);
        Assert.That(pattern.IsMatch(SampleDecks.TrickyContext), Is.True);
        Assert.That(pattern.IsMatch(string.Empty), Is.False);
        Assert.That(pattern.IsMatch("   "), Is.False);
        Assert.That(pattern.IsMatch("Rome,\n2021"), Is.False);
        Assert.That(pattern.IsMatch("Rome\t2021"), Is.False);
    }

    [Test]
    public void The_schema_describes_the_optional_spares_and_review_of_version_3()
    {
        var properties = Schema()["$defs"]!["card"]!["properties"]!;
        var review = properties["review"]!;
        var original = review["properties"]!["original"]!;

        Assert.That((int?)properties["spares"]!["maxItems"], Is.EqualTo(Card.MaxSpares));
        Assert.That(review["required"]!.Values<string>(), Is.EquivalentTo(new[] { "status" }));
        Assert.That(review["properties"]!["status"]!["enum"]!.Values<string>(), Is.EquivalentTo(Enum.GetValues<ReviewStatus>().Select(DeckNames.ToName)));
        Assert.That(original["required"]!.Values<string>(), Is.EquivalentTo(new[] { "question", "answer", "distractors" }));
        var written = (JObject)JObject.Parse(DeckJson.Serialize(SampleDecks.Reviewed()))["cards"]![1]!["review"]!["original"]!;
        Assert.That(written.Properties().Select(p => p.Name), Is.SubsetOf(((JObject)original["properties"]!).Properties().Select(p => p.Name)));
    }
}
